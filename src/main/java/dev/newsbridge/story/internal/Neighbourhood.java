package dev.newsbridge.story.internal;

import java.util.TreeMap;

/**
 * An article together with its {@value #SIZE} most similar articles of the window (by cosine of
 * the whole-document TF-IDF vectors, among the index's {@value #POOL} candidates): what a story
 * looks like around it. Two reports of one long-running story share neighbours and a vocabulary
 * even when they describe different events; two look-alike headlines from different stories (two
 * different fires, two different launches) each sit among their own story's reports. Built only
 * for pair judgements (it reads {@value #POOL} candidates), never kept.
 */
public final class Neighbourhood {
  /** Neighbours kept besides the article itself: {@value}. */
  public static final int SIZE = 10;

  /** Window candidates read to find them: {@value}. */
  public static final int POOL = 60;

  private final int[] terms;
  private final double[] weights;

  private Neighbourhood(int[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** {@code doc} and its nearest window articles ({@code doc}'s own id left out of the window). */
  public static Neighbourhood of(Doc doc, WindowIndex index) {
    SparseVector.Weights w = index.frequencies();
    Centroid.Unit self = Centroid.Unit.of(doc, w);
    var scored = new java.util.ArrayList<Object[]>();
    for (Doc c : index.candidates(doc, POOL)) {
      Centroid.Unit u = Centroid.Unit.of(c, w);
      scored.add(new Object[] {Centroid.Unit.cosine(self, u), u});
    }
    scored.sort((x, y) -> Double.compare((double) y[0], (double) x[0]));
    int n = Math.min(SIZE, scored.size());
    TreeMap<Integer, Double> sum = new TreeMap<>();
    add(sum, self);
    for (int i = 0; i < n; i++) {
      add(sum, (Centroid.Unit) scored.get(i)[1]);
    }
    double norm = Math.sqrt(sum.values().stream().mapToDouble(x -> x * x).sum());
    int[] t = sum.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] v = sum.values().stream().mapToDouble(x -> norm == 0 ? 0 : x / norm).toArray();
    return new Neighbourhood(t, v);
  }

  /** Cosine of the two neighbourhoods' summed unit vectors: how alike their vocabularies are. */
  double cosine(Neighbourhood other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Cosine of this neighbourhood to one article's unit vector: how much it looks like them. */
  double cosine(Centroid.Unit u) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < u.terms().length) {
      if (terms[i] == u.terms()[j]) {
        dot += weights[i++] * u.weights()[j++];
      } else if (terms[i] < u.terms()[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  private static void add(TreeMap<Integer, Double> sum, Centroid.Unit u) {
    for (int i = 0; i < u.terms().length; i++) {
      sum.merge(u.terms()[i], (double) u.weights()[i], Double::sum);
    }
  }
}
