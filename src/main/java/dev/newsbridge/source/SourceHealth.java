package dev.newsbridge.source;

import java.time.Instant;

/**
 * Per-source failure bookkeeping: one source's trouble is recorded here and ingest goes on.
 *
 * @param errorCount consecutive failed fetches (0 after a success)
 * @param lastError the last error message, or null
 * @param lastSuccessAt the last successful fetch, or null
 * @param lastAttemptAt the last attempt, or null
 * @param nextAttemptAt when the scheduler plans the next fetch, or null (as soon as possible)
 * @param articlesPerDay articles stored from this source per day, averaged over the last {@value
 *     #ARTICLES_PER_DAY_WINDOW_DAYS} days
 */
public record SourceHealth(
    int errorCount,
    String lastError,
    Instant lastSuccessAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt,
    double articlesPerDay) {

  /** The window {@code articlesPerDay} averages over, in days: {@value}. */
  public static final int ARTICLES_PER_DAY_WINDOW_DAYS = 7;

  public static final SourceHealth NEW = new SourceHealth(0, null, null, null);

  /** Health without schedule or rate (never scheduled, nothing stored yet). */
  public SourceHealth(
      int errorCount, String lastError, Instant lastSuccessAt, Instant lastAttemptAt) {
    this(errorCount, lastError, lastSuccessAt, lastAttemptAt, null, 0.0);
  }
}
