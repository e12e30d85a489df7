package dev.newsbridge.source;

import com.rometools.rome.feed.synd.SyndFeed;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.source.internal.EntryMapper;
import dev.newsbridge.source.internal.FeedDecoding;
import dev.newsbridge.source.internal.PlainText;
import dev.newsbridge.source.internal.SafeFeedParser;
import dev.newsbridge.source.internal.XmlText;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds into a {@link Feed} of article links, with Rome.
 *
 * <p>Hostile input is expected: a DOCTYPE is refused ("DOCTYPE not allowed": no XXE, no external
 * DTD, no billion laughs); nesting deeper than {@link SafeFeedParser#MAX_ELEMENT_DEPTH} is refused;
 * the charset is decided here (see {@link FeedDecoding}); links are resolved against the feed URL
 * and only http(s) links are kept; titles and authors are plain text. Every failure is a {@link
 * FeedException} for this one feed. Stateless and thread-safe.
 *
 * <p>Out of scope: JSON Feed, OPML, sitemaps, entry bodies (articles are fetched from their links).
 */
public final class FeedReader implements SourceReader {

  /**
   * An HTML page where a feed was expected (its doctype would otherwise read as a DOCTYPE error).
   */
  private static final Pattern HTML_START =
      Pattern.compile(
          "\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Reads a fetched feed, resolving relative links against its final URL. */
  @Override
  public Feed read(FetchedResource resource) throws FeedException {
    Objects.requireNonNull(resource, "resource");
    if (resource.notModified()) {
      throw new FeedException(
          "nothing to read: the server answered 304 Not Modified (" + resource.finalUrl() + ")");
    }
    return read(resource.body(), resource.contentType(), resource.finalUrl());
  }

  /**
   * Reads a feed document.
   *
   * @param body the raw bytes
   * @param contentType the HTTP {@code Content-Type}, or null
   * @param baseUrl the feed's URL, for resolving relative links; null keeps only absolute links
   */
  public Feed read(byte[] body, String contentType, URI baseUrl) throws FeedException {
    Objects.requireNonNull(body, "body");
    String xml = XmlText.clean(FeedDecoding.decode(body, contentType));
    if (xml.isBlank()) {
      throw new FeedException("empty document" + where(baseUrl));
    }
    if (HTML_START.matcher(xml).lookingAt()) {
      throw new FeedException("not an RSS or Atom feed: the document is HTML" + where(baseUrl));
    }
    SyndFeed feed = parse(xml, baseUrl);
    return new Feed(
        PlainText.of(feed.getTitle()),
        feed.getEntries().stream()
            .map(entry -> EntryMapper.map(entry, baseUrl))
            .flatMap(Optional::stream)
            .toList());
  }

  private static SyndFeed parse(String xml, URI baseUrl) throws FeedException {
    try {
      return SafeFeedParser.parse(xml);
    } catch (com.rometools.rome.io.FeedException e) {
      throw new FeedException(describe(e) + where(baseUrl), e);
    } catch (IllegalArgumentException e) {
      throw new FeedException("not an RSS or Atom feed" + where(baseUrl), e);
    }
  }

  private static String describe(com.rometools.rome.io.FeedException e) {
    String detail = rootMessage(e);
    if (detail.contains("DOCTYPE")) {
      return "DOCTYPE not allowed (entity declarations and external DTDs are refused)";
    }
    if (detail.contains("maxElementDepth")) {
      return "elements nested deeper than " + SafeFeedParser.MAX_ELEMENT_DEPTH;
    }
    return "malformed XML: " + detail;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static String where(URI baseUrl) {
    return baseUrl == null ? "" : " (" + baseUrl + ")";
  }
}
