package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;

/**
 * Whether the text says a person is Korean, and of which Korea. Korean and Chinese names share
 * their characters and most surnames (李, 金, 崔), so a name alone never decides: the text must
 * name the country right before the person, with nothing but a role between (韩国法务部长官朴范界,
 * 朝鲜外交部长李英浩, 韩国演员成河). Then every mention of the name in the article is that person.
 * The one exception is 朴, hardly a Chinese surname outside China's own Korean minority: in an
 * article about Korea that does not speak of that minority (朝鲜族), a 朴 is taken as Korean.
 */
final class KoreanEvidence {
  /** Which Korea a cue names. */
  enum Korea { SOUTH, NORTH }

  /** Words that name a Korea right before a person, and which one. */
  private static final Map<String, Korea> COUNTRIES = Map.of("韩国", Korea.SOUTH,
      "南韩", Korea.SOUTH, "韩", Korea.SOUTH, "朝鲜", Korea.NORTH, "北韩", Korea.NORTH);
  /** Japan, named before a minister title in 相 as Korea is (日本防卫相). */
  private static final String JAPAN = "日本";
  /**
   * How far before a mention a country is looked for, in characters: room for a long role
   * (韩国执政党国民力量党党首 is 12).
   */
  static final int REACH = 20;
  /** Word classes a role between the country and the person is made of (nouns, 前, 著名, 女). */
  private static final List<String> ROLE_CLASSES = List.of("n", "f", "a", "b", "vn");
  /** Words after 朝鲜 that make it no country: the Korean peninsula, the Korean War, Chosun Ilbo. */
  private static final List<String> NOT_THE_NORTH = List.of("半岛", "战争", "日报");
  /** Single characters that end a role but that the segmenter reads as other words (国防相). */
  private static final String ROLE_ENDS = "相";

  private KoreanEvidence() {}

  /** The Korea the article says {@code name} is from, or null when it does not say. */
  static Korea of(String article, String name) {
    if (!namesAKorea(article)) {
      return null; // most articles: no segmenting round each of their people's mentions
    }
    for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
      Korea k = before(article, i);
      if (k != null) {
        return k;
      }
    }
    return name.startsWith("朴") ? koreaOfArticle(article) : null;
  }

  /** Whether any word of {@link #COUNTRIES} occurs in {@code article} (each holds 韩 or 朝鲜). */
  private static boolean namesAKorea(String article) {
    return article.indexOf('韩') >= 0 || article.contains("朝鲜");
  }

  /** The Korea named right before {@code start}, with only a role between; else null. */
  private static Korea before(String article, int start) {
    return korea(countryBefore(article, start));
  }

  /** The Korea a country word names (朝鲜 the North), or null for 日本 or none. */
  static Korea korea(String country) {
    return country == null ? null : COUNTRIES.get(country);
  }

  /**
   * The country word (韩国, 朝鲜, 日本 ...) named right before {@code start} with only a role
   * between (日本财务相, 朝鲜国防相), or null; 朝鲜 before 半岛, 战争 or 日报 names no country.
   */
  static String countryBefore(String article, int start) {
    int from = start;
    while (from > 0 && start - from < REACH && Character.isLetterOrDigit(article.charAt(from - 1))) {
      from--;
    }
    List<Term> terms = Hanlp.plain(article.substring(from, start));
    for (int i = terms.size() - 1; i >= 0; i--) {
      Term t = terms.get(i);
      if (COUNTRIES.containsKey(t.word) || JAPAN.equals(t.word)) {
        boolean other = i + 1 < terms.size() && NOT_THE_NORTH.contains(terms.get(i + 1).word);
        return other ? null : t.word;
      }
      if (!isRolePart(t)) {
        return null;
      }
    }
    return null;
  }

  /** True for a word a role is made of: a noun, not a person's or a place's name. */
  private static boolean isRolePart(Term t) {
    String nature = t.nature.toString();
    boolean name = nature.startsWith("nr") || nature.startsWith("ns");
    return !name && ROLE_CLASSES.stream().anyMatch(nature::startsWith)
        || ROLE_ENDS.contains(t.word);
  }

  /** Words that say a text is about one Korea, for its places. */
  private static final Map<String, Korea> PLACE_CUES = Map.ofEntries(Map.entry("韩国", Korea.SOUTH),
      Map.entry("南韩", Korea.SOUTH), Map.entry("韩军", Korea.SOUTH), Map.entry("韩方", Korea.SOUTH),
      Map.entry("韩联社", Korea.SOUTH), Map.entry("朝鲜", Korea.NORTH), Map.entry("北韩", Korea.NORTH),
      Map.entry("朝方", Korea.NORTH), Map.entry("朝中社", Korea.NORTH));

  /**
   * The Korea a place at {@code start} of {@code text} lies in: the one named last before it in
   * the text, else the first the article names; null when the article names no Korea or speaks of
   * China's Korean minority (朝鲜族). 朝鲜 before 半岛, 战争 or 日报 names no country.
   */
  static Korea ofPlace(String text, int start, String article) {
    if (article.contains("朝鲜族")) {
      return null;
    }
    Korea last = null;
    int lastAt = -1;
    for (Map.Entry<String, Korea> cue : PLACE_CUES.entrySet()) {
      int at = lastCountry(text.substring(0, start), cue.getKey());
      if (at > lastAt) {
        last = cue.getValue();
        lastAt = at;
      }
    }
    return last != null ? last : firstCountry(article);
  }

  private static Korea firstCountry(String article) {
    Korea first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Map.Entry<String, Korea> cue : PLACE_CUES.entrySet()) {
      for (int at = article.indexOf(cue.getKey()); at >= 0;
          at = article.indexOf(cue.getKey(), at + 1)) {
        if (namesCountry(article, at, cue.getKey()) && at < firstAt) {
          first = cue.getValue();
          firstAt = at;
        }
      }
    }
    return first;
  }

  private static int lastCountry(String text, String cue) {
    for (int at = text.lastIndexOf(cue); at >= 0; at = text.lastIndexOf(cue, at - 1)) {
      if (namesCountry(text, at, cue)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean namesCountry(String text, int at, String cue) {
    String after = text.substring(at + cue.length());
    return NOT_THE_NORTH.stream().noneMatch(after::startsWith);
  }

  private static Korea koreaOfArticle(String article) {
    if (article.contains("朝鲜族")) {
      return null;
    }
    if (article.contains("韩国") || article.contains("南韩")) {
      return Korea.SOUTH;
    }
    return article.contains("朝鲜") ? Korea.NORTH : null;
  }
}
