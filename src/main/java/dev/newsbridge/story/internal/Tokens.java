package dev.newsbridge.story.internal;

import dev.newsbridge.text.ChineseScripts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into the terms stories are compared by. Chinese: character bigrams of each run of
 * Han characters (no segmenter needed, and names split across a segmenter's guesses still match),
 * plus Latin-script words and numbers. English: lower-case words without stop words, with a plural
 * "s" removed. Text is NFKC-normalised first, so full-width letters and digits match ASCII, and
 * Chinese text is read in Simplified characters, so that a Taiwan or Hong Kong outlet's report
 * (臺灣, 發佈) meets a mainland one (台湾, 发布) term for term.
 */
public final class Tokens {
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
          "as", "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "these",
          "those", "he", "she", "they", "his", "her", "their", "we", "our", "you", "i", "not",
          "but", "has", "have", "had", "will", "would", "said", "says", "after", "also", "who",
          "which", "than", "into", "about", "over", "more", "new", "mr", "mrs", "ms", "dr");

  /**
   * A possessive or a contraction's clitic ("terminal's", "didn't"): split off as a word, its
   * "s" would be a term that every English report shares.
   */
  private static final Pattern CLITIC = Pattern.compile("['’](?:s|t|d|m|ll|re|ve)\\b");

  private Tokens() {}

  /** Han character bigrams (a lone Han character as itself) and lower-case Latin words. */
  public static List<String> chinese(String text) {
    String s = normaliseChinese(text);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int end = i;
      if (isHan(cp)) {
        while (end < s.length() && isHan(s.codePointAt(end))) {
          end += Character.charCount(s.codePointAt(end));
        }
        hanBigrams(s.substring(i, end), out);
      } else if (Character.isLetterOrDigit(cp)) {
        while (end < s.length()
            && Character.isLetterOrDigit(s.codePointAt(end))
            && !isHan(s.codePointAt(end))) {
          end += Character.charCount(s.codePointAt(end));
        }
        out.add(s.substring(i, end));
      } else {
        end = i + Character.charCount(cp);
      }
      i = end;
    }
    return out;
  }

  /**
   * Lower-case English words, stop words (and honorifics) dropped, possessives and contractions
   * cut off, a plural "s" removed.
   */
  public static List<String> english(String text) {
    List<String> out = new ArrayList<>();
    for (String w : CLITIC.matcher(normalise(text)).replaceAll("").split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A plural "s" removed from words longer than three letters ("boards" and "board" meet). */
  static String stem(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  static String normalise(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
  }

  /** {@link #normalise}d, then read in Simplified characters and phrases. */
  static String normaliseChinese(String text) {
    return ChineseScripts.simplifiedPhrases(normalise(text));
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static void hanBigrams(String run, List<String> out) {
    int[] cps = run.codePoints().toArray();
    if (cps.length == 1) {
      out.add(run);
      return;
    }
    for (int k = 0; k + 1 < cps.length; k++) {
      out.add(new String(cps, k, 2));
    }
  }
}
