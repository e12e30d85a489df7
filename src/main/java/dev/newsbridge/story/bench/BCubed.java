package dev.newsbridge.story.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against the truth (Bagga and Baldwin 1998;
 * Amigó et al. 2009): each item's precision is the share of its predicted cluster that shares its
 * true cluster, its recall the share of its true cluster inside its predicted cluster; averaged
 * over items.
 */
public record BCubed(double precision, double recall, double f1, int clusters) {

  /** {@code predicted.get(i)} and {@code truth.get(i)} label item i. */
  public static BCubed of(List<?> predicted, List<?> truth) {
    Map<Object, Integer> predictedSize = counts(predicted);
    Map<Object, Integer> truthSize = counts(truth);
    Map<List<Object>, Integer> both = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      both.merge(List.of(predicted.get(i), truth.get(i)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < predicted.size(); i++) {
      int common = both.get(List.of(predicted.get(i), truth.get(i)));
      p += (double) common / predictedSize.get(predicted.get(i));
      r += (double) common / truthSize.get(truth.get(i));
    }
    int n = Math.max(1, predicted.size());
    p /= n;
    r /= n;
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predictedSize.size());
  }

  private static Map<Object, Integer> counts(List<?> labels) {
    Map<Object, Integer> sizes = new HashMap<>();
    for (Object l : labels) {
      sizes.merge(l, 1, Integer::sum);
    }
    return sizes;
  }
}
