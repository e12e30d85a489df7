package dev.newsbridge.web.internal;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * {@code /feed.atom}, {@code /feed.rss} and {@code /feed.json}: the newest articles ({@code feedSize} of the
 * settings). Both carry absolute links built from the configured base URL, never from the request's
 * Host header.
 */
public final class FeedRoutes {
  /**
   * The {@code updated} of a feed with no entries: nothing has ever changed, so the earliest
   * instant, which keeps the output a pure function of the store.
   */
  static final Instant EMPTY_FEED_UPDATED = Instant.EPOCH;

  private final Site site;
  private final AtomFeed atom = new AtomFeed();
  private final RssFeed rss = new RssFeed();

  public FeedRoutes(Site site) {
    this.site = site;
  }

  public void atom(Context ctx) {
    String xml =
        atom.write(
            site.settings().siteName(),
            site.absolute("/"),
            site.absolute("/feed.atom"),
            entries(),
            EMPTY_FEED_UPDATED);
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  public void rss(Context ctx) {
    String xml =
        rss.write(
            site.settings().siteName(),
            site.absolute("/"),
            site.absolute("/feed.rss"),
            entries(),
            EMPTY_FEED_UPDATED);
    ctx.contentType("application/rss+xml; charset=utf-8").result(xml);
  }

  public void json(Context ctx) {
    JsonFeed.Document feed =
        JsonFeed.document(
            site.settings().siteName(), site.absolute("/"), site.absolute("/feed.json"), entries());
    ctx.contentType("application/feed+json; charset=utf-8").result(Json.write(feed));
  }

  private List<FeedEntry> entries() {
    return site.store().latest(site.settings().feedSize(), 0).items().stream()
        .map(article -> FeedEntry.of(article, site))
        .toList();
  }
}
