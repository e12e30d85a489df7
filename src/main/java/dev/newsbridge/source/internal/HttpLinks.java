package dev.newsbridge.source.internal;

import dev.newsbridge.fetch.HttpUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Turns a link as a feed wrote it into an absolute http(s) URI, or nothing. Links are resolved
 * against the feed's own URL; every other scheme ({@code javascript:}, {@code data:}, {@code
 * vbscript:}, {@code file:}, …) is dropped here, at parse time, not only when rendering (CommaFeed
 * GHSA-44pq-9929-f8mq). ASCII tab and newline are removed first, as the WHATWG URL parser does, so
 * {@code ja&Tab;vascript:} cannot pass as a relative path.
 */
public final class HttpLinks {
  private HttpLinks() {}

  public static Optional<URI> resolve(URI base, String link) {
    if (link == null) {
      return Optional.empty();
    }
    String cleaned = link.replaceAll("[\\t\\n\\r]", "").strip();
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(encodeUnsafe(cleaned));
      URI absolute = uri.isAbsolute() || base == null ? uri : HttpUrls.resolve(base, uri);
      return HttpUrls.isHttp(absolute) ? Optional.of(absolute.normalize()) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Percent-encodes the ASCII characters real feeds leave raw but java.net.URI refuses. */
  private static String encodeUnsafe(String link) {
    StringBuilder out = new StringBuilder(link.length());
    for (char c : link.toCharArray()) {
      switch (c) {
        case ' ' -> out.append("%20");
        case '"' -> out.append("%22");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        case '^' -> out.append("%5E");
        case '`' -> out.append("%60");
        case '{' -> out.append("%7B");
        case '|' -> out.append("%7C");
        case '}' -> out.append("%7D");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
