package dev.newsbridge.translate.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus chrF as sacreBLEU computes it by default (Popović 2015; sacreBLEU's {@code CHRF} with
 * char order 6, word order 0, beta 2, whitespace removed): character n-gram counts for n = 1..6
 * are summed over the corpus, precision and recall are averaged over the orders that occur, and
 * the F-beta of the two averages is the score, 0-100.
 */
public final class ChrF {
  /** The highest character n-gram order. */
  public static final int ORDER = 6;
  /** Recall weighs beta times as much as precision. */
  public static final double BETA = 2;

  private ChrF() {}

  /** The corpus score of {@code hypotheses} against the line-aligned {@code references}. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    Check.aligned(hypotheses, references);
    long[] stats = new long[ORDER * 3];
    for (int s = 0; s < hypotheses.size(); s++) {
      long[] sentence = statistics(hypotheses.get(s), references.get(s));
      for (int i = 0; i < stats.length; i++) {
        stats[i] += sentence[i];
      }
    }
    return score(stats);
  }

  /** Per order n: hypothesis n-grams, reference n-grams, matched n-grams (clipped). */
  static long[] statistics(String hypothesis, String reference) {
    String h = hypothesis.replaceAll("\\s+", "");
    String r = reference.replaceAll("\\s+", "");
    long[] stats = new long[ORDER * 3];
    for (int n = 1; n <= ORDER; n++) {
      Map<String, Integer> hc = ngrams(h, n);
      Map<String, Integer> rc = ngrams(r, n);
      int i = (n - 1) * 3;
      stats[i] = hc.values().stream().mapToLong(Integer::longValue).sum();
      stats[i + 1] = rc.values().stream().mapToLong(Integer::longValue).sum();
      for (Map.Entry<String, Integer> e : hc.entrySet()) {
        stats[i + 2] += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
      }
    }
    return stats;
  }

  static double score(long[] stats) {
    double precision = 0;
    double recall = 0;
    int effective = 0;
    for (int i = 0; i < ORDER; i++) {
      long hyp = stats[3 * i];
      long ref = stats[3 * i + 1];
      if (hyp > 0 && ref > 0) {
        precision += (double) stats[3 * i + 2] / hyp;
        recall += (double) stats[3 * i + 2] / ref;
        effective++;
      }
    }
    if (effective == 0 || precision + recall == 0) {
      return 0;
    }
    precision /= effective;
    recall /= effective;
    double b2 = BETA * BETA;
    return 100 * (1 + b2) * precision * recall / (b2 * precision + recall);
  }

  private static Map<String, Integer> ngrams(String s, int n) {
    Map<String, Integer> counts = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + n <= cps.length; i++) {
      counts.merge(new String(cps, i, n), 1, Integer::sum);
    }
    return counts;
  }
}
