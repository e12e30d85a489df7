package dev.newsbridge.fetch.internal;

/**
 * How much of a decompressed body to read, and what to do past it: fail (pages and feeds: a body
 * over the cap is an error) or truncate (robots.txt: RFC 9309 §2.5 lets a crawler ignore the rest).
 */
public record BodyLimit(long maxBytes, boolean truncate) {

  public static BodyLimit failAbove(long maxBytes) {
    return new BodyLimit(maxBytes, false);
  }

  public static BodyLimit truncateAt(long maxBytes) {
    return new BodyLimit(maxBytes, true);
  }
}
