package dev.newsbridge.fetch.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds or an HTTP-date in any of the three
 * forms of RFC 9110 §5.6.7, relative to the time the response arrived. A date in the past means
 * "now" (zero); anything unparseable is ignored (null), as the header is advice.
 */
public final class RetryAfter {
  private static final List<DateTimeFormatter> HTTP_DATES =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US), // RFC 850
          DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US) // asctime
              .withZone(ZoneOffset.UTC));

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
    Instant date = parseHttpDate(v.replaceAll(" {2,}", " ")); // asctime pads the day: "Mar  1"
    if (date == null) {
      return null;
    }
    Duration delay = Duration.between(now, date);
    return delay.isNegative() ? Duration.ZERO : delay;
  }

  private static Instant parseHttpDate(String value) {
    for (DateTimeFormatter format : HTTP_DATES) {
      try {
        return format.parse(value, Instant::from);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }
}
