package dev.newsbridge.story.bench;

/** Accuracy and positive-class F1 of one yes/no decision over labelled pairs. */
public final class PairTally {
  private int tp;
  private int fp;
  private int tn;
  private int fn;

  void add(boolean predicted, boolean truth) {
    if (predicted && truth) {
      tp++;
    } else if (predicted) {
      fp++;
    } else if (truth) {
      fn++;
    } else {
      tn++;
    }
  }

  public int pairs() {
    return tp + fp + tn + fn;
  }

  public double accuracy() {
    return pairs() == 0 ? 0 : (double) (tp + tn) / pairs();
  }

  public double f1() {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
