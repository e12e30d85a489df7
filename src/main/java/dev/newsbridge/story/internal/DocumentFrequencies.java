package dev.newsbridge.story.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How many articles of the window contain each term, updated as articles enter and leave, giving
 * the smoothed IDF {@code ln((1 + N) / (1 + df)) + 1}. Not thread-safe: the clusterer serialises.
 */
public final class DocumentFrequencies implements SparseVector.Weights {
  private final Map<Integer, int[]> counts = new HashMap<>();
  private int documents;
  private long version;

  @Override
  public long version() {
    return version;
  }

  public void add(SparseVector... vectors) {
    version++;
    documents++;
    forEachDistinct(vectors, t -> counts.computeIfAbsent(t, k -> new int[1])[0]++);
  }

  public void remove(SparseVector... vectors) {
    version++;
    documents--;
    forEachDistinct(
        vectors,
        t -> {
          int[] c = counts.get(t);
          if (c != null && --c[0] <= 0) {
            counts.remove(t);
          }
        });
  }

  public int documents() {
    return documents;
  }

  public int df(int term) {
    int[] c = counts.get(term);
    return c == null ? 0 : c[0];
  }

  @Override
  public double idf(int term) {
    return Math.log((1.0 + documents) / (1.0 + df(term))) + 1;
  }

  private static void forEachDistinct(SparseVector[] vectors, java.util.function.IntConsumer f) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (SparseVector v : vectors) {
      for (int i = 0; i < v.size(); i++) {
        if (seen.add(v.term(i))) {
          f.accept(v.term(i));
        }
      }
    }
  }
}
