package dev.newsbridge.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * Holds translation back after the engine failed, so a rate-limited, out-of-quota or broken
 * backend is not asked again for every article of a pass. While paused, new articles are stored
 * with their original text ("translation pending") and retried on a later pass. The pause is the
 * engine's own Retry-After when it sent one, else {@value #FIRST_SECONDS} s doubling with each
 * consecutive failure up to {@value #MAX_MINUTES} minutes; a success ends it. Thread-safe.
 */
final class TranslationBackoff {
  /** First pause after a failure without Retry-After, in seconds. */
  static final long FIRST_SECONDS = 30;
  /** Longest pause, in minutes. */
  static final long MAX_MINUTES = 60;

  private Instant notBefore = Instant.MIN;
  private int failures;

  synchronized boolean allows(Instant now) {
    return !now.isBefore(notBefore);
  }

  synchronized Instant notBefore() {
    return notBefore;
  }

  /** Records a failure at {@code now}; {@code retryAfter} is the engine's request, or null. */
  synchronized void failed(Duration retryAfter, Instant now) {
    failures++;
    notBefore = now.plus(retryAfter != null ? retryAfter : doubling(failures));
  }

  synchronized void succeeded() {
    failures = 0;
    notBefore = Instant.MIN;
  }

  static Duration doubling(int failures) {
    Duration max = Duration.ofMinutes(MAX_MINUTES);
    if (failures > 16) {
      return max;
    }
    Duration pause = Duration.ofSeconds(FIRST_SECONDS << (failures - 1));
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
