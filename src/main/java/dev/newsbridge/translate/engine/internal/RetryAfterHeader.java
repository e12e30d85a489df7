package dev.newsbridge.translate.engine.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an IMF-fixdate. A date in the
 * past is zero; anything else unreadable is ignored (null), as the header is advice. Capped at
 * {@link #MAX}, so a hostile or buggy server cannot park translation for a year.
 */
public final class RetryAfterHeader {
  /** The longest wait we accept from a server: 24 hours. */
  public static final Duration MAX = Duration.ofHours(24);

  private RetryAfterHeader() {}

  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Duration delay;
    if (v.chars().allMatch(Character::isDigit)) {
      delay = v.length() > 9 ? MAX : Duration.ofSeconds(Long.parseLong(v));
    } else {
      try {
        Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(v, Instant::from);
        delay = Duration.between(now, at);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (delay.isNegative()) {
      return Duration.ZERO;
    }
    return delay.compareTo(MAX) > 0 ? MAX : delay;
  }
}
