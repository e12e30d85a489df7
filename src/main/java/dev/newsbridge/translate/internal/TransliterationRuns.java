package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.List;

/**
 * Finds undotted transliterated names in running text (托尼洛, 塔尔萨, 俄克拉荷马) that HanLP's
 * recognisers miss or split into glossable pieces ("Tony old name of several rivers"): a run of at
 * least {@value #MIN_RUN} transliteration characters that is not itself a dictionary word and is
 * not just a sequence of ordinary two-character words. A run the article places where places
 * stand ({@link PlaceEvidence}: 塔尔萨市, 阿拉斯加瓦西拉, 前往巴鲁) is a place, otherwise a person.
 */
final class TransliterationRuns {
  /** The shortest undotted run taken as a name; two-character runs are too often plain words. */
  static final int MIN_RUN = 3;
  /** The longest run taken as one name. */
  static final int MAX_RUN = 8;
  /** How far a dictionary word around a run may reach beyond it. */
  private static final int REACH = 3;

  private final NameRomaniser names;

  TransliterationRuns(NameRomaniser names) {
    this.names = names;
  }

  /**
   * Adds the runs found in the parts of {@code text} no mention covers yet; {@code article} is the
   * whole text, where a run's other mentions may show it is a place.
   */
  void find(String text, String article, List<Mention> found) {
    int i = 0;
    while (i < text.length()) {
      if (!isNameChar(text, i, found)) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && end - i < MAX_RUN && isNameChar(text, end, found)) {
        end++;
      }
      addRun(text, article, i, end, found);
      i = end;
    }
  }

  private void addRun(String text, String article, int start, int end, List<Mention> found) {
    if (start > 0 && end - start > MIN_RUN && common(text.substring(start - 1, start + 1))) {
      addRun(text, article, start + 1, end, found); // 达 of 直达东南亚 belongs to 直达 ("direct to")
      return;
    }
    int proper = longestProperWord(text, start, end);
    if (proper > 0) {
      addRun(text, article, start + proper, end, found);
      return;
    }
    while (end - start >= MIN_RUN && MentionFinder.startsWord(text, end - 1)) {
      end--;
    }
    if (end - start >= 2 && common(text.substring(end - 2, end))) {
      end -= 2; // 因加班 is "because of overtime": a name does not end in a common word
    }
    String run = text.substring(start, end);
    if (insideDictionaryWord(text, start, end)) {
      return; // 法尼亚 of 宾夕法尼亚: the dictionary knows the whole name
    }
    if (run.length() < MIN_RUN || Cedict.shared().contains(run) || ordinaryWords(run)
        || (run.length() == MIN_RUN && names.looksChinese(run))) {
      return;
    }
    boolean place = PlaceEvidence.inArticle(article, run);
    String english = names.foreignName(run);
    found.add(new Mention(start, end, run, english, english,
        place ? Entity.Type.PLACE : Entity.Type.PERSON, false));
  }

  /**
   * The length of the longest proper name of {@value #MIN_RUN} or more characters CC-CEDICT lists
   * at {@code start} (阿拉斯加 of 阿拉斯加瓦西拉), shorter than the run; 0 when none.
   */
  private static int longestProperWord(String text, int start, int end) {
    for (int len = end - start - 1; len >= MIN_RUN; len--) {
      List<Cedict.Reading> readings = Cedict.shared().lookup(text.substring(start, start + len));
      if (readings.stream().anyMatch(Cedict.Reading::proper)) {
        return len;
      }
    }
    return 0;
  }

  private static boolean insideDictionaryWord(String text, int start, int end) {
    for (int s = Math.max(0, start - REACH); s <= start; s++) {
      for (int e = end; e <= Math.min(text.length(), end + REACH); e++) {
        if (e - s > end - start && Cedict.shared().contains(text.substring(s, e))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the run splits, longest match first, into common words of two or more characters. */
  private static boolean ordinaryWords(String run) {
    int i = 0;
    while (i < run.length()) {
      int end = run.length();
      while (end > i + 1 && !common(run.substring(i, end))) {
        end--;
      }
      if (end == i + 1) {
        return false;
      }
      i = end;
    }
    return true;
  }

  private static boolean common(String word) {
    return Cedict.shared().hasCommonSense(word);
  }

  private static boolean isNameChar(String text, int i, List<Mention> found) {
    return MentionFinder.isTransliteration(text.substring(i, i + 1))
        && NameRomaniser.NAME_DOTS.indexOf(text.charAt(i)) < 0
        && MentionFinder.isFree(found, i, i + 1);
  }
}
