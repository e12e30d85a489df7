package dev.newsbridge.translate.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Corpus BLEU as sacreBLEU computes it by default (Papineni et al. 2002; sacreBLEU's {@code BLEU}
 * with the 13a tokeniser, 4-grams, one reference, "exp" smoothing, brevity penalty): clipped
 * n-gram matches and totals are summed over the corpus; the score is the brevity penalty times the
 * geometric mean of the four precisions, 0-100.
 */
public final class Bleu {
  /** The highest word n-gram order. */
  public static final int ORDER = 4;

  /** The 13a rules (mteval-v13a.pl), in sacreBLEU's order. */
  private static final Pattern SYMBOLS =
      Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern PERIOD_COMMA_AFTER = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern PERIOD_COMMA_BEFORE = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private Bleu() {}

  /** The corpus score of {@code hypotheses} against the line-aligned {@code references}. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    Check.aligned(hypotheses, references);
    long[] matches = new long[ORDER];
    long[] totals = new long[ORDER];
    long hypLength = 0;
    long refLength = 0;
    for (int s = 0; s < hypotheses.size(); s++) {
      String[] h = tokenize13a(hypotheses.get(s));
      String[] r = tokenize13a(references.get(s));
      hypLength += h.length;
      refLength += r.length;
      for (int n = 1; n <= ORDER; n++) {
        Map<String, Integer> rc = ngrams(r, n);
        for (Map.Entry<String, Integer> e : ngrams(h, n).entrySet()) {
          totals[n - 1] += e.getValue();
          matches[n - 1] += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
      }
    }
    return score(matches, totals, hypLength, refLength);
  }

  static double score(long[] matches, long[] totals, long hypLength, long refLength) {
    if (hypLength == 0) {
      return 0;
    }
    double logSum = 0;
    double smooth = 1;
    for (int n = 0; n < ORDER; n++) {
      if (totals[n] == 0) {
        return 0;
      }
      double precision;
      if (matches[n] == 0) {
        smooth *= 2; // sacreBLEU "exp" smoothing: 1 / (2^k * total) for the k-th zero count
        precision = 1 / (smooth * totals[n]);
      } else {
        precision = (double) matches[n] / totals[n];
      }
      logSum += Math.log(precision);
    }
    double brevity = hypLength < refLength ? Math.exp(1 - (double) refLength / hypLength) : 1;
    return 100 * brevity * Math.exp(logSum / ORDER);
  }

  /** The 13a tokenisation of one line: symbols split off, periods and commas unless by digits. */
  public static String[] tokenize13a(String line) {
    String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    s = " " + s + " ";
    s = SYMBOLS.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = s.strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  private static Map<String, Integer> ngrams(String[] words, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= words.length; i++) {
      counts.merge(String.join(" ", Arrays.copyOfRange(words, i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
