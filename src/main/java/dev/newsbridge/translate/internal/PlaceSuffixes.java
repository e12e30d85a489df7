package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character after a place's name that says what kind of place it is (杭州市, 朝阳区, 岳西县),
 * read as English news reads it. A city is named alone, as CC-CEDICT's cities already are (三亚市
 * is "Sanya"): its 市 joins the place's mention instead of being glossed "market" ("Hangzhou
 * market" was 杭州市). A 市 that opens a word of its own stays with that word, as the segmenter
 * reads the place and what follows it: 杭州市长 "mayor", 杭州市民, 杭州市场, 深圳市值, 上海市政府.
 * A district or a county keeps its kind, which the dictionary's name for it drops ("Chaoyang
 * district", "Yuexi county"); later mentions use the name alone.
 *
 * <p>Out of scope: 省 (glossed "province" already) and 州 (dropped by the gloss), places no
 * finder knows (金策市, a North Korean city, is still glossed word by word), and a city's 市 that
 * the segmenter glues into a longer word it does not begin.
 */
final class PlaceSuffixes {
  /** How many characters after 市 the segmenter reads to tell a suffix from a word (市长安街). */
  static final int CONTEXT = 6;

  private static final char CITY = '市';
  /** What the dictionary calls a place written with 区 or 县. */
  private static final Pattern KIND =
      Pattern.compile("\\b(district|county|prefecture)\\b", Pattern.CASE_INSENSITIVE);
  private static final String KIND_SUFFIXES = "区县";

  private PlaceSuffixes() {}

  /**
   * {@code sorted} (mentions of {@code text} in order) with every place's 市 taken in or given
   * back as it is the city's suffix or the start of a word, and districts and counties named with
   * their kind.
   */
  static List<Mention> fit(String text, List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (Mention m : sorted) {
      if (m.type() == Entity.Type.PLACE) {
        m = withKind(withCitySuffix(text, m, sorted));
      }
      out.add(m);
    }
    return out;
  }

  private static Mention withCitySuffix(String text, Mention m, List<Mention> all) {
    boolean written = m.end() - m.start() == m.chinese().length();
    if (!written) {
      return m; // a mention that took in a parenthetical original ends at the parenthesis
    }
    if (m.end() < text.length() && text.charAt(m.end()) == CITY
        && MentionFinder.isFree(all, m.end(), m.end() + 1)
        && isCitySuffix(text, m.start(), m.end())) {
      return resized(text, m, m.end() + 1);
    }
    if (m.chinese().length() > 2 && m.chinese().charAt(m.chinese().length() - 1) == CITY
        && !isCitySuffix(text, m.start(), m.end() - 1)) {
      return resized(text, m, m.end() - 1); // 洛阳市长 is Luoyang's mayor, not "Luoyang long"
    }
    return m;
  }

  /** {@code m} ending at {@code end}, the same entity under the same English name. */
  private static Mention resized(String text, Mention m, int end) {
    return new Mention(m.start(), end, text.substring(m.start(), end), m.english(),
        m.shortForm(), m.type(), m.glossary(), m.identity());
  }

  /**
   * True when the 市 at {@code at} ends the place that starts at {@code from}: the segmenter
   * starts no word at it (市场, 市民), and it makes no dictionary word with the word after it
   * either, which the segmenter cuts off when it knows the city with its 市 (杭州市 + 长 is 杭州 +
   * 市长). A postposition after it is still the city's (杭州市内 "within Hangzhou").
   */
  static boolean isCitySuffix(String text, int from, int at) {
    int end = at + 1;
    while (end < text.length() && end - at <= CONTEXT
        && Character.isIdeographic(text.charAt(end))) {
      end++;
    }
    int offset = from;
    List<Term> terms = Hanlp.plain(text.substring(from, end));
    for (int i = 0; i < terms.size(); i++) {
      int termEnd = offset + terms.get(i).word.length();
      if (termEnd > at) {
        if (termEnd > at + 1) {
          return false; // 市 opens or sits inside a longer word
        }
        Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
        return next == null || next.nature.toString().startsWith("f")
            || !Cedict.shared().hasCommonSense(CITY + next.word);
      }
      offset = termEnd;
    }
    return true;
  }

  /**
   * A district or county the dictionary names without its kind (朝阳区 "Chaoyang"), named with it
   * ("Chaoyang district"); its later mentions keep the short name. Glossary places are written as
   * the glossary gives them.
   */
  private static Mention withKind(Mention m) {
    String chinese = m.chinese();
    if (m.glossary() || chinese.length() < 3
        || KIND_SUFFIXES.indexOf(chinese.charAt(chinese.length() - 1)) < 0) {
      return m;
    }
    String kind = dictionaryKind(chinese);
    if (kind == null || m.english().toLowerCase(Locale.ROOT).contains(kind)) {
      return m;
    }
    return new Mention(m.start(), m.end(), chinese, m.english() + " " + kind, m.shortForm(),
        m.type(), false);
  }

  /** The kind of place the dictionary's first proper sense of {@code place} names, or null. */
  private static String dictionaryKind(String place) {
    for (Cedict.Reading r : Cedict.shared().lookup(place)) {
      if (r.proper() && !r.senses().isEmpty()) {
        Matcher m = KIND.matcher(r.senses().get(0));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
      }
    }
    return null;
  }
}
