package dev.newsbridge.source;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Fetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.internal.HttpLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What {@code sources add URL} follows: the URL itself when it is a feed, JSON Feed or sitemap; for
 * an HTML page, the first feed it links with {@code <link rel="alternate">} (RSS, Atom or JSON
 * Feed) that reads; else the page itself as an HTML listing, when it has article links. At most
 * {@value #MAX_CANDIDATES} linked feeds are tried.
 */
public final class FeedDiscovery {

  /** Linked feeds tried per page: {@value}. */
  public static final int MAX_CANDIDATES = 3;

  private static final String ALTERNATE_FEEDS =
      "link[rel~=(?i)alternate][href][type~=(?i)application/(rss\\+xml|atom\\+xml|feed\\+json)]";

  /**
   * What was found.
   *
   * @param url the URL to follow (the feed's, or the page's own)
   * @param kind its kind
   * @param title the feed's or page's title, or null
   */
  public record Discovered(URI url, SourceKind kind, String title) {}

  private final Fetcher fetcher;
  private final SourceReaders readers;

  public FeedDiscovery(Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.readers = new SourceReaders(fetcher);
  }

  /**
   * @throws FetchException when {@code url} cannot be fetched
   * @throws FeedException when it is neither a readable source nor a page linking one
   */
  public Discovered discover(URI url) throws FetchException, FeedException {
    FetchedResource resource = fetcher.fetch(url, Validators.NONE);
    SourceKind kind = SourceReaders.kindOf(resource);
    if (kind != SourceKind.HTML_LISTING) {
      Feed feed = readers.readerFor(kind).read(resource);
      return new Discovered(resource.requestedUrl(), kind, feed.title());
    }
    for (URI candidate : linkedFeeds(resource)) {
      try {
        FetchedResource linked = fetcher.fetch(candidate, Validators.NONE);
        SourceKind linkedKind = SourceReaders.kindOf(linked);
        if (linkedKind != SourceKind.HTML_LISTING) {
          Feed feed = readers.readerFor(linkedKind).read(linked);
          return new Discovered(candidate, linkedKind, feed.title());
        }
      } catch (FetchException | FeedException e) {
        // A broken linked feed: try the next one, then the page itself.
      }
    }
    Feed listing = readers.readerFor(SourceKind.HTML_LISTING).read(resource);
    return new Discovered(resource.requestedUrl(), SourceKind.HTML_LISTING, listing.title());
  }

  private static List<URI> linkedFeeds(FetchedResource page) {
    String html = TextDecoder.decode(page.body(), page.contentType()).text();
    Document doc = Jsoup.parse(html, page.finalUrl().toString());
    List<URI> feeds = new ArrayList<>();
    for (Element link : doc.select(ALTERNATE_FEEDS)) {
      HttpLinks.resolve(page.finalUrl(), link.attr("href"))
          .filter(u -> !feeds.contains(u))
          .ifPresent(feeds::add);
      if (feeds.size() == MAX_CANDIDATES) {
        break;
      }
    }
    return feeds;
  }
}
