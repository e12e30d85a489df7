package dev.newsbridge.store.internal;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How times are stored: instants as ISO-8601 text ({@link Instant#toString()}, an exact round
 * trip), publication times as ISO offset date-times (the page's own offset is kept), sort keys as
 * epoch milliseconds.
 */
final class Times {

  private Times() {}

  static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  static String text(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }

  static OffsetDateTime offsetDateTime(String text) {
    return text == null ? null : OffsetDateTime.parse(text);
  }

  /** Newest-first order key: the publication time, else the fetch time. */
  static long sortKey(OffsetDateTime publishedAt, Instant fetchedAt) {
    return publishedAt != null ? publishedAt.toInstant().toEpochMilli() : fetchedAt.toEpochMilli();
  }
}
