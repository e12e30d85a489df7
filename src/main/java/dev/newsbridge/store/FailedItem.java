package dev.newsbridge.store;

import java.net.URI;
import java.time.Instant;

/**
 * An article URL that could not be ingested yet. Kept so that nothing is lost: the next ingest
 * retries it.
 */
public record FailedItem(long sourceId, URI url, String error, int attempts, Instant lastAttemptAt) {}
