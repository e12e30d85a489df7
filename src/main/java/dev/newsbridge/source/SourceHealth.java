package dev.newsbridge.source;

import java.time.Instant;

/**
 * Per-source failure bookkeeping: one source's trouble is recorded here and ingest goes on.
 *
 * @param errorCount consecutive failed fetches (0 after a success)
 * @param lastError the last error message, or null
 * @param lastSuccessAt the last successful fetch, or null
 * @param lastAttemptAt the last attempt, or null
 */
public record SourceHealth(
    int errorCount, String lastError, Instant lastSuccessAt, Instant lastAttemptAt) {
  public static final SourceHealth NEW = new SourceHealth(0, null, null, null);
}
