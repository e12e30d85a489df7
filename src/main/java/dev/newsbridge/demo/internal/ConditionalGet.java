package dev.newsbridge.demo.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Decides whether a GET may be answered {@code 304 Not Modified} (RFC 9110 §13.1). When the request
 * has {@code If-None-Match}, only the ETags count (§13.1.3 tells servers to ignore {@code
 * If-Modified-Since} then); the comparison is weak, as §13.1.2 prescribes for GET.
 */
public final class ConditionalGet {
  private ConditionalGet() {}

  /** Formats an instant as an HTTP date, e.g. {@code Wed, 22 Nov 2023 07:20:00 GMT}. */
  public static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * @param ifNoneMatch the request's {@code If-None-Match}, or null
   * @param ifModifiedSince the request's {@code If-Modified-Since}, or null; an unparsable date is
   *     ignored, as §13.1.3 requires
   */
  public static boolean notModified(String ifNoneMatch, String ifModifiedSince, Resource r) {
    if (ifNoneMatch != null) {
      return matchesAny(ifNoneMatch, r.etag());
    }
    if (ifModifiedSince != null) {
      Instant since = parseHttpDate(ifModifiedSince);
      return since != null && !r.lastModified().isAfter(since);
    }
    return false;
  }

  private static boolean matchesAny(String header, String etag) {
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static Instant parseHttpDate(String value) {
    try {
      return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
