package dev.newsbridge.story.internal;

import java.util.Arrays;

/** Entity agreement across languages: canonical English names found in the other's English text. */
final class Entities {
  private Entities() {}

  /**
   * The share of {@code a}'s entities (at most the first {@value #MAX} of them) whose every
   * English word occurs in {@code b}'s English text or entities; 0 when {@code a} has none.
   */
  static double share(Doc a, Doc b) {
    if (a.entities().isEmpty() || b.english().isEmpty()) {
      return 0;
    }
    int found = 0;
    int n = Math.min(MAX, a.entities().size());
    for (int i = 0; i < n; i++) {
      if (allIn(a.entities().get(i), b)) {
        found++;
      }
    }
    return (double) found / n;
  }

  /** Entities weighed per article: {@value}. */
  static final int MAX = 12;

  private static boolean allIn(int[] words, Doc b) {
    for (int w : words) {
      if (!b.english().contains(w) && b.entities().stream().noneMatch(e -> contains(e, w))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] words, int w) {
    return Arrays.stream(words).anyMatch(x -> x == w);
  }
}
