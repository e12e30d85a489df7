package dev.newsbridge.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * When the scheduler visits a source again: one typed configuration, each default beside its
 * constant.
 *
 * <ul>
 *   <li>After a success the interval adapts to how often the source really publishes: half the mean
 *       gap between its articles over the last week ({@code SourceHealth.articlesPerDay}), kept
 *       within [{@code minInterval}, {@code maxInterval}]. A source with nothing in a week is
 *       visited every {@code maxInterval}.
 *   <li>After a failure with {@code Retry-After} (429/503), the next attempt is when the server
 *       asked, at most {@code maxBackoff} away.
 *   <li>After a failure without it: the first {@code errorsBeforeBackoff - 1} failures retry after
 *       {@code minInterval}; from the {@code errorsBeforeBackoff}th on, the wait doubles each time
 *       up to {@code maxBackoff} (Nutch doubles; CommaFeed grows linearly).
 * </ul>
 *
 * @param minInterval shortest wait between two visits of a source
 * @param maxInterval longest wait for a healthy but quiet source
 * @param errorsBeforeBackoff consecutive failures after which backoff grows
 * @param maxBackoff longest wait after failures, and cap on a server's {@code Retry-After}
 */
public record RefreshPolicy(
    Duration minInterval, Duration maxInterval, int errorsBeforeBackoff, Duration maxBackoff) {

  /** Default shortest interval, in minutes: {@value}. */
  public static final int DEFAULT_MIN_INTERVAL_MINUTES = 10;

  /** Default longest interval for a quiet source, in hours: {@value}. */
  public static final int DEFAULT_MAX_INTERVAL_HOURS = 6;

  /** Default consecutive failures before backoff grows: {@value} (RELIABILITY.md: "after 3"). */
  public static final int DEFAULT_ERRORS_BEFORE_BACKOFF = 3;

  /** Default cap on backoff and on {@code Retry-After}, in hours: {@value}. */
  public static final int DEFAULT_MAX_BACKOFF_HOURS = 24;

  public RefreshPolicy {
    Objects.requireNonNull(minInterval, "minInterval");
    Objects.requireNonNull(maxInterval, "maxInterval");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (minInterval.isNegative()
        || minInterval.isZero()
        || maxInterval.compareTo(minInterval) < 0
        || maxBackoff.compareTo(minInterval) < 0
        || errorsBeforeBackoff < 1) {
      throw new IllegalArgumentException(
          "need 0 < minInterval <= maxInterval, minInterval <= maxBackoff, errorsBeforeBackoff >="
              + " 1");
    }
  }

  public static RefreshPolicy defaults() {
    return new RefreshPolicy(
        Duration.ofMinutes(DEFAULT_MIN_INTERVAL_MINUTES),
        Duration.ofHours(DEFAULT_MAX_INTERVAL_HOURS),
        DEFAULT_ERRORS_BEFORE_BACKOFF,
        Duration.ofHours(DEFAULT_MAX_BACKOFF_HOURS));
  }

  /** The wait after a successful visit of a source publishing {@code articlesPerDay}. */
  public Duration afterSuccess(double articlesPerDay) {
    if (articlesPerDay <= 0) {
      return maxInterval;
    }
    long halfGapSeconds = (long) (Duration.ofDays(1).toSeconds() / articlesPerDay / 2);
    return clamp(Duration.ofSeconds(halfGapSeconds), minInterval, maxInterval);
  }

  /**
   * The wait after a failed visit.
   *
   * @param errorCount consecutive failures, this one included (1 for a first failure)
   * @param retryAfter what the server asked for, or null
   */
  public Duration afterFailure(int errorCount, Duration retryAfter) {
    if (retryAfter != null && !retryAfter.isNegative()) {
      return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    }
    if (errorCount < errorsBeforeBackoff) {
      return minInterval;
    }
    int doublings = Math.min(errorCount - errorsBeforeBackoff + 1, 30);
    Duration grown = minInterval.multipliedBy(1L << doublings);
    return grown.compareTo(maxBackoff) > 0 ? maxBackoff : grown;
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }
}
