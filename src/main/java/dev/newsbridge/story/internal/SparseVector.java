package dev.newsbridge.story.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * Term counts of one text as parallel arrays sorted by hashed term: compact (8 bytes a term) and
 * fast to intersect. Weights (TF-IDF) are applied when two vectors are compared, from the window's
 * current document frequencies, so a vector never goes stale as the window changes.
 */
public final class SparseVector {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] terms;
  final float[] counts;
  private double cachedNorm;
  private long cachedVersion = -1;

  private SparseVector(int[] terms, float[] counts) {
    this.terms = terms;
    this.counts = counts;
  }

  /** A vector from term counts. */
  public static SparseVector of(Map<Integer, Integer> counts) {
    int[] terms = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] values = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      values[i] = counts.get(terms[i]);
    }
    return new SparseVector(terms, values);
  }

  /** Keeps the {@code max} terms of highest weight (ties: lower term first). */
  public SparseVector top(int max, Weights weights) {
    if (terms.length <= max) {
      return this;
    }
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(weight(b, weights), weight(a, weights)));
    int[] kept = new int[max];
    for (int i = 0; i < max; i++) {
      kept[i] = order[i];
    }
    Arrays.sort(kept);
    int[] t = new int[max];
    float[] c = new float[max];
    for (int i = 0; i < max; i++) {
      t[i] = terms[kept[i]];
      c[i] = counts[kept[i]];
    }
    return new SparseVector(t, c);
  }

  public int size() {
    return terms.length;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  /** Whether the vector has {@code term}. */
  public boolean contains(int term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  public int term(int i) {
    return terms[i];
  }

  /** The weight of position {@code i}: sublinear term frequency times inverse document frequency. */
  double weight(int i, Weights weights) {
    return (1 + Math.log(counts[i])) * weights.idf(terms[i]);
  }

  /** Cosine of the TF-IDF forms of two vectors, 0 when either is empty. */
  public static double cosine(SparseVector a, SparseVector b, Weights weights) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      int c = Integer.compare(a.terms[i], b.terms[j]);
      if (c == 0) {
        dot += a.weight(i++, weights) * b.weight(j++, weights);
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot == 0 ? 0 : dot / (a.norm(weights) * b.norm(weights));
  }

  /** The TF-IDF norm, cached while the weights' version stays the same. */
  private double norm(Weights weights) {
    long version = weights.version();
    if (version >= 0 && version == cachedVersion) {
      return cachedNorm;
    }
    double norm = computeNorm(weights);
    cachedNorm = norm;
    cachedVersion = version;
    return norm;
  }

  private double computeNorm(Weights weights) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) {
      double w = weight(i, weights);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  /** Inverse document frequencies, by term. */
  public interface Weights {
    double idf(int term);

    /** Changes whenever any idf may have changed; -1 when unknown (nothing is cached). */
    default long version() {
      return -1;
    }
  }
}
