package dev.newsbridge.translate;

import java.time.Duration;
import java.util.Optional;

/**
 * A translation backend failed; the article is kept untranslated and retried. When the backend
 * said how long to wait (HTTP {@code Retry-After}), {@link #retryAfter()} carries it, so the
 * caller can hold its retries until then.
 */
public class TranslationException extends Exception {
  private final Duration retryAfter;

  public TranslationException(String message, Throwable cause) {
    this(message, null, cause);
  }

  public TranslationException(String message) {
    this(message, null, null);
  }

  /**
   * @param retryAfter how long the backend asked us to wait before the next request; null when it
   *     did not say
   */
  public TranslationException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the backend asked us to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
