package dev.newsbridge.ingest;

import java.time.Duration;

/**
 * What one ingest pass did.
 *
 * @param sources sources visited
 * @param unchangedSources sources whose feed answered 304 Not Modified
 * @param failedSources sources whose feed could not be read
 * @param stored articles stored
 * @param failed articles that failed (kept as failed items, retried next pass)
 * @param elapsed wall time of the pass
 * @param retryAfter the longest {@code Retry-After} a failing source's server asked for (429/503),
 *     or null
 */
public record IngestReport(
    int sources,
    int unchangedSources,
    int failedSources,
    int stored,
    int failed,
    Duration elapsed,
    Duration retryAfter) {

  public IngestReport(
      int sources,
      int unchangedSources,
      int failedSources,
      int stored,
      int failed,
      Duration elapsed) {
    this(sources, unchangedSources, failedSources, stored, failed, elapsed, null);
  }

  IngestReport plus(IngestReport other) {
    return new IngestReport(
        sources + other.sources,
        unchangedSources + other.unchangedSources,
        failedSources + other.failedSources,
        stored + other.stored,
        failed + other.failed,
        elapsed.plus(other.elapsed),
        longer(retryAfter, other.retryAfter));
  }

  private static Duration longer(Duration a, Duration b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }

  static IngestReport empty() {
    return new IngestReport(0, 0, 0, 0, 0, Duration.ZERO);
  }

  @Override
  public String toString() {
    return String.format(
        "%d stored, %d failed, %d source(s) (%d unchanged, %d failed) in %.1f s",
        stored, failed, sources, unchangedSources, failedSources, elapsed.toMillis() / 1000.0);
  }
}
