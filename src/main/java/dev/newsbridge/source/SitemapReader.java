package dev.newsbridge.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Fetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.internal.BoundedGunzip;
import dev.newsbridge.source.internal.HttpLinks;
import dev.newsbridge.source.internal.PlainText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads sitemaps (sitemaps.org XML or plain text), Google News sitemaps and sitemap indexes, with
 * crawler-commons' {@link SiteMapParser} (DOCTYPE refused: no XXE). A news sitemap gives each
 * article's title and publication date; a plain one its {@code lastmod}.
 *
 * <p>Limits: a {@code .gz} body is inflated by us up to the body cap (crawler-commons inflates
 * without a bound); an index is followed one level deep, to its {@value #MAX_CHILD_SITEMAPS} newest
 * children, fetched through the same {@link Fetcher} (so the same address checks apply); a read
 * keeps the {@value #MAX_ENTRIES} newest URLs (a full archive sitemap lists 50 000). A failed child
 * is skipped; the read fails only when nothing could be read.
 */
public final class SitemapReader implements SourceReader {

  /** Children of a sitemap index read per pass, newest {@code lastmod} first: {@value}. */
  public static final int MAX_CHILD_SITEMAPS = 5;

  /** URLs kept per read, newest first: {@value}. */
  public static final int MAX_ENTRIES = 500;

  private final Fetcher childFetcher;
  private final long maxInflatedBytes;

  /**
   * @param childFetcher fetches the children of a sitemap index
   * @param maxInflatedBytes cap on an inflated {@code .gz} sitemap (use the fetcher's body cap)
   */
  public SitemapReader(Fetcher childFetcher, long maxInflatedBytes) {
    this.childFetcher = Objects.requireNonNull(childFetcher, "childFetcher");
    this.maxInflatedBytes = maxInflatedBytes;
  }

  /** A reader with the default body cap. */
  public SitemapReader(Fetcher childFetcher) {
    this(childFetcher, FetchPolicy.DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public Feed read(FetchedResource resource) throws FeedException {
    AbstractSiteMap map = parse(resource.body(), resource.contentType(), resource.finalUrl());
    List<FeedEntry> entries = new ArrayList<>();
    if (map.isIndex()) {
      readChildren((SiteMapIndex) map, entries);
    } else {
      addUrls((SiteMap) map, entries);
    }
    entries.sort(Comparator.comparing(SitemapReader::dateOrEpoch).reversed());
    return new Feed(null, entries.subList(0, Math.min(MAX_ENTRIES, entries.size())));
  }

  private void readChildren(SiteMapIndex index, List<FeedEntry> entries) throws FeedException {
    List<AbstractSiteMap> newest =
        index.getSitemaps().stream()
            .sorted(Comparator.comparing(SitemapReader::lastModifiedOrEpoch).reversed())
            .limit(MAX_CHILD_SITEMAPS)
            .toList();
    String lastError = null;
    int read = 0;
    for (AbstractSiteMap child : newest) {
      try {
        URI url = child.getUrl().toURI();
        FetchedResource fetched = childFetcher.fetch(url, Validators.NONE);
        AbstractSiteMap map = parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
        if (!map.isIndex()) { // one level deep: an index of indexes is not followed further
          addUrls((SiteMap) map, entries);
          read++;
        }
      } catch (FetchException | FeedException | URISyntaxException e) {
        lastError = e.getMessage();
      }
    }
    if (read == 0 && lastError != null) {
      throw new FeedException("no child sitemap of the index could be read: " + lastError);
    }
  }

  private AbstractSiteMap parse(byte[] body, String contentType, URI url) throws FeedException {
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.enableExtension(Extension.NEWS);
    try {
      byte[] plain = body;
      String type = contentType == null ? "application/xml" : contentType;
      if (BoundedGunzip.isGzip(body)) {
        plain = BoundedGunzip.inflate(body, maxInflatedBytes);
        type = "application/xml";
      }
      if (isPlainText(type)) {
        return parser.parseSiteMap(type, plain, url.toURL());
      }
      return parser.parseSiteMap("application/xml", plain, url.toURL());
    } catch (UnknownFormatException e) {
      throw new FeedException("not a sitemap: " + e.getMessage() + " (" + url + ")");
    } catch (IOException | IllegalArgumentException e) {
      throw new FeedException("unreadable sitemap: " + e.getMessage() + " (" + url + ")");
    }
  }

  private static boolean isPlainText(String contentType) {
    return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain");
  }

  private static void addUrls(SiteMap map, List<FeedEntry> entries) {
    for (SiteMapURL url : map.getSiteMapUrls()) {
      entry(url).ifPresent(entries::add);
    }
  }

  private static Optional<FeedEntry> entry(SiteMapURL url) {
    Optional<URI> link = HttpLinks.resolve(null, url.getUrl().toString());
    NewsAttributes news = news(url);
    String title = news == null ? null : PlainText.of(news.getTitle());
    Instant date =
        news != null && news.getPublicationDate() != null
            ? news.getPublicationDate().toInstant()
            : url.getLastModified() == null ? null : url.getLastModified().toInstant();
    return link.map(l -> new FeedEntry(l, title, null, date));
  }

  private static NewsAttributes news(SiteMapURL url) {
    ExtensionMetadata[] all = url.getAttributesForExtension(Extension.NEWS);
    return all == null || all.length == 0 ? null : (NewsAttributes) all[0];
  }

  private static Instant dateOrEpoch(FeedEntry entry) {
    return entry.publishedAt() == null ? Instant.EPOCH : entry.publishedAt();
  }

  private static Instant lastModifiedOrEpoch(AbstractSiteMap map) {
    return map.getLastModified() == null ? Instant.EPOCH : map.getLastModified().toInstant();
  }
}
