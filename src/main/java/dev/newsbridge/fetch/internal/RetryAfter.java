package dev.newsbridge.fetch.internal;

import java.time.Duration;
import java.time.Instant;
import org.apache.hc.client5.http.utils.DateUtils;

/**
 * Parses {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, relative to the
 * time the response arrived. A date in the past means "now" (zero); anything unparseable is
 * ignored (null), as the header is advice.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /** The delay the server asked for, or null when absent or unparseable. */
  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      return v.length() > 12 ? null : Duration.ofSeconds(Long.parseLong(v));
    }
    // asctime pads the day with a space ("Mar  1"); HttpClient's pattern expects one space.
    Instant date = DateUtils.parseStandardDate(v.replaceAll(" {2,}", " "));
    if (date == null) {
      return null;
    }
    Duration delay = Duration.between(now, date);
    return delay.isNegative() ? Duration.ZERO : delay;
  }
}
