package dev.newsbridge.extract.bench;

/**
 * Mean per-page precision and recall over a set of pages, their F1, and exact-match accuracy, as
 * the scrapinghub benchmark computes them (F1 is the harmonic mean of the two means).
 */
public final class BodyScore {
  private double precisionSum;
  private double recallSum;
  private int exact;
  private int pages;

  /** Adds one page. */
  public void add(Shingles.Overlap overlap, boolean exactMatch) {
    precisionSum += overlap.precision();
    recallSum += overlap.recall();
    exact += exactMatch ? 1 : 0;
    pages++;
  }

  public int pages() {
    return pages;
  }

  public double precision() {
    return pages == 0 ? 0 : precisionSum / pages;
  }

  public double recall() {
    return pages == 0 ? 0 : recallSum / pages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return pages == 0 ? 0 : (double) exact / pages;
  }
}
