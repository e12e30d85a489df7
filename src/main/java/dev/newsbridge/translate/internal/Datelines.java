package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's own dateline (本报北京12月1日电, "this paper, Beijing, December 1, cable"), written as
 * English writes a dateline: "Beijing, December 1 --", the date and dash as {@link NumberRules}
 * writes a wire's. 本报 is dropped there as 本报讯 is: the outlet is named with the article, and
 * "This newspaper Beijing" read as a subject. 本报 elsewhere (本报记者) keeps its reading. The
 * place, which a dateline always names, is romanised when no dictionary knows it (本报临溪 →
 * Linxi, not "face the creek").
 *
 * <p>Out of scope: wire datelines (新华社北京12月1日电 keeps the agency before the place) and the
 * capitals and abbreviated months of agency style ("BEIJING, Dec. 1").
 */
final class Datelines {
  /** A month and day, then 电: the date and "cable" of a dateline. */
  private static final String DATE =
      "(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日电";
  /** 本报, the place (a placeholder once names are protected), the date, at a text's start. */
  private static final Pattern OWN =
      Pattern.compile("^(\\s*)本报(?<place>[^，。,、：:\\s]{1,12}?)(?=" + DATE + ")");
  /** The place as the raw text writes it: two or three characters. */
  private static final Pattern OWN_PLACE =
      Pattern.compile("^\\s*本报(?<place>\\p{IsHan}{2,3}?)(?=" + DATE + ")");

  private Datelines() {}

  /** {@code text} with its own dateline's 本报 dropped and a comma after the place. */
  static String inEnglishOrder(String text) {
    Matcher m = OWN.matcher(text);
    return m.find() ? m.replaceFirst("$1${place}，") : text;
  }

  /**
   * Adds the place of {@code text}'s own dateline, romanised, when no finder named it and no
   * dictionary knows it (a place CC-CEDICT names is the recognisers' to read).
   */
  static void findPlace(String text, List<Mention> found) {
    Matcher m = OWN_PLACE.matcher(text);
    if (!m.find() || !MentionFinder.isFree(found, m.start("place"), m.end("place"))) {
      return;
    }
    String place = m.group("place");
    if (Cedict.shared().contains(place) || Hanlp.isDictionaryWord(place)) {
      return;
    }
    String english = NameRomaniser.pinyinWord(place);
    found.add(new Mention(m.start("place"), m.end("place"), place, english, english,
        Entity.Type.PLACE, false));
  }
}
