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

  /**
   * The IDF-weighted Jaccard overlap of two articles' entity names (IDF from the window's document
   * frequencies of entity ids): sharing a rare name counts, sharing a common one barely; 0 when
   * neither names any.
   */
  static double rareOverlap(Doc a, Doc b, SparseVector.Weights w) {
    int[] x = a.entityIds();
    int[] y = b.entityIds();
    double union = 0;
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || i < x.length && x[i] < y[j]) {
        union += w.idf(x[i++]);
      } else if (i >= x.length || y[j] < x[i]) {
        union += w.idf(y[j++]);
      } else {
        double idf = w.idf(x[i++]);
        j++;
        union += idf;
        shared += idf;
      }
    }
    return union == 0 ? 0 : shared / union;
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
