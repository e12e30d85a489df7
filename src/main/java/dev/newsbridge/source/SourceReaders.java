package dev.newsbridge.source;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Fetcher;
import dev.newsbridge.source.internal.KindSniffer;
import java.util.Objects;

/**
 * The one door to every source kind: looks at a fetched document, tells its {@link SourceKind} from
 * its content ({@link #kindOf}) and reads it with that kind's reader. The content decides rather
 * than the stored kind, so an outlet that moves from RSS to JSON Feed keeps working.
 */
public final class SourceReaders implements SourceReader {
  private final FeedReader feeds = new FeedReader();
  private final JsonFeedReader jsonFeeds;
  private final SitemapReader sitemaps;
  private final HtmlListingReader listings = new HtmlListingReader();

  /**
   * @param fetcher fetches the children of sitemap indexes (the source's own fetcher)
   * @param maxBodyBytes the body cap, also the cap on JSON documents and inflated sitemaps
   */
  public SourceReaders(Fetcher fetcher, long maxBodyBytes) {
    this.jsonFeeds = new JsonFeedReader(maxBodyBytes);
    this.sitemaps = new SitemapReader(Objects.requireNonNull(fetcher, "fetcher"), maxBodyBytes);
  }

  /** Readers with the default body cap. */
  public SourceReaders(Fetcher fetcher) {
    this(fetcher, FetchPolicy.DEFAULT_MAX_BODY_BYTES);
  }

  /** The kind of document {@code resource} holds, from its content. */
  public static SourceKind kindOf(FetchedResource resource) {
    return KindSniffer.sniff(resource.body(), resource.contentType());
  }

  /** The reader for one kind. */
  public SourceReader readerFor(SourceKind kind) {
    return switch (kind) {
      case FEED -> feeds;
      case JSON_FEED -> jsonFeeds;
      case SITEMAP -> sitemaps;
      case HTML_LISTING -> listings;
    };
  }

  @Override
  public Feed read(FetchedResource resource) throws FeedException {
    Objects.requireNonNull(resource, "resource");
    if (resource.notModified()) {
      throw new FeedException("nothing to read: 304 Not Modified (" + resource.finalUrl() + ")");
    }
    if (resource.body().length == 0) {
      throw new FeedException("empty document (" + resource.finalUrl() + ")");
    }
    return readerFor(kindOf(resource)).read(resource);
  }
}
