package dev.newsbridge.story.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shingles for copy detection: {@value #CHINESE_CHARS}-character runs of Chinese text (spaces and
 * punctuation removed, read in Simplified characters so that a repost in Traditional characters is
 * still a copy), or {@value #ENGLISH_WORDS}-word runs of English text, as 32-bit hashes.
 */
public final class Shingles {
  /** Characters per Chinese shingle: {@value}. */
  public static final int CHINESE_CHARS = 5;

  /** Words per English shingle: {@value}. */
  public static final int ENGLISH_WORDS = 3;

  private Shingles() {}

  public static Set<Integer> of(String text, boolean chinese) {
    Set<Integer> out = new HashSet<>();
    if (chinese) {
      int[] cps = Tokens.normaliseChinese(text).codePoints().filter(Character::isLetterOrDigit).toArray();
      for (int i = 0; i + CHINESE_CHARS <= cps.length; i++) {
        out.add(Hashing.term('s', new String(cps, i, CHINESE_CHARS)));
      }
    } else {
      List<String> words = List.of(Tokens.normalise(text).split("[^\\p{L}\\p{N}]+"));
      for (int i = 0; i + ENGLISH_WORDS <= words.size(); i++) {
        out.add(Hashing.term('s', String.join(" ", words.subList(i, i + ENGLISH_WORDS))));
      }
    }
    return out;
  }

  /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
  public static double jaccard(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<Integer> small = a.size() <= b.size() ? a : b;
    Set<Integer> large = small == a ? b : a;
    int common = 0;
    for (Integer s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
