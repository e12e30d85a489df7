package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Japanese people whom Chinese news writes in Chinese characters and CC-CEDICT does not gloss
 * (日本财务相铃木俊一), read in Japanese from two tables the project wrote, common family names
 * (japanese-surnames.tsv) and common given names with one dominant reading
 * (japanese-given-names.tsv), given name first as English writes Japanese names: Shunichi Suzuki,
 * not the pinyin Lingmu Junyi. Japanese and Chinese names share their characters (林, 森, 浩), so
 * a name is read so only where the text says the person is Japanese, as {@link KoreanEvidence}
 * asks of Koreans: 日本 right before one of its mentions in the article, with nothing but a role
 * between (日本财务相, 日本内阁官房长官, 日本演员); where the name glues into no word with what
 * follows it; and where both parts are in the tables. Any other name keeps the reading the other
 * passes give it. A family name alone (铃木表示) is out of scope.
 */
final class JapaneseNames {
  /** The longest family name and the longest given name looked up, in characters. */
  static final int MAX_PART = 3;
  /** The country a person must be said to be from. */
  private static final String JAPAN = "日本";

  private final Map<String, String> families;
  private final Map<String, String> givenNames;

  JapaneseNames(List<String> familyLines, List<String> givenLines) {
    this.families = readings(familyLines);
    this.givenNames = readings(givenLines);
  }

  private static Map<String, String> readings(List<String> lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      map.put(f[0], f[1]);
    }
    return map;
  }

  private static final class Bundled {
    static final JapaneseNames INSTANCE = new JapaneseNames(
        Resources.lines("japanese-surnames.tsv"), Resources.lines("japanese-given-names.tsv"));
  }

  /** The names read with the bundled tables, read once per process. */
  static JapaneseNames bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * 铃木俊一 → "Shunichi Suzuki": a listed family name and a listed given name, the longest family
   * name first; null when {@code name} is not made of the two.
   */
  String english(String name) {
    for (int len = Math.min(MAX_PART, name.length() - 1); len >= 1; len--) {
      String family = families.get(name.substring(0, len));
      String given = givenNames.get(name.substring(len));
      if (family != null && given != null) {
        return given + " " + family;
      }
    }
    return null;
  }

  /**
   * Adds to {@code found} every listed Japanese name of {@code text} that overlaps nothing found
   * and that {@code article}, the whole text, says is Japanese at one of its mentions.
   */
  void find(String text, String article, List<Mention> found) {
    if (!article.contains(JAPAN)) {
      return; // most articles: no segmenting before their names
    }
    for (int start = 0; start < text.length(); start++) {
      int end = nameEnd(text, start);
      String name = end > 0 ? text.substring(start, end) : null;
      if (name != null && MentionFinder.isFree(found, start, end)
          && saysJapanese(article, name)) {
        String english = english(name);
        found.add(new Mention(start, end, name, english,
            english.substring(english.indexOf(' ') + 1), Entity.Type.PERSON, false));
        start = end - 1;
      }
    }
  }

  /** True when 日本 stands right before some mention of {@code name}, only a role between. */
  private static boolean saysJapanese(String article, String name) {
    for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
      if (JAPAN.equals(KoreanEvidence.countryBefore(article, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a listed name from {@code start} ends, the longest first, where it glues into no word
   * with what follows or a word that follows names does ({@link MinisterNames#AFTER_NAME}: 周二
   * after 铃木俊一, although 一周 is a word); -1 when none does.
   */
  private int nameEnd(String text, int start) {
    for (int end = Math.min(text.length(), start + 2 * MAX_PART); end >= start + 2; end--) {
      if (english(text.substring(start, end)) != null && endsName(text, end)) {
        return end;
      }
    }
    return -1;
  }

  private static boolean endsName(String text, int end) {
    String rest = text.substring(end);
    return end == text.length()
        || !Cedict.shared().hasCommonSense(text.substring(end - 1, end + 1))
        || MinisterNames.AFTER_NAME.stream().anyMatch(rest::startsWith);
  }
}
