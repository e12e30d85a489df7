package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.store.ArticlePage;
import dev.newsbridge.source.Source;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The feeds, each in three formats ({@link Format}): the whole site ({@code /feed.atom}, {@code
 * /feed.rss}, {@code /feed.json}), one tag ({@code /tags/{slug}/feed.*}) and one source ({@code
 * /sources/{id}/feed.*}), so a reader can follow a person, a company or an outlet. Each holds the
 * newest articles ({@code feedSize} of the settings) and absolute links built from the configured
 * base URL, never from the request's Host header.
 */
public final class FeedRoutes {
  /**
   * The {@code updated} of a feed with no entries: nothing has ever changed, so the earliest
   * instant, which keeps the output a pure function of the store.
   */
  static final Instant EMPTY_FEED_UPDATED = Instant.EPOCH;

  /** A feed format: its file extension and media type. */
  public enum Format {
    ATOM("application/atom+xml"),
    RSS("application/rss+xml"),
    JSON("application/feed+json");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /** The path suffix, e.g. {@code feed.rss}. */
    public String fileName() {
      return "feed." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** What one feed holds: its title, what it is, its HTML page and the path its feeds hang under. */
  record Channel(
      String title, String description, String homePath, String feedBase,
      List<FeedEntry> entries) {}

  private final Site site;
  private final AtomFeed atom = new AtomFeed();
  private final RssFeed rss = new RssFeed();

  public FeedRoutes(Site site) {
    this.site = site;
  }

  /** The site's newest articles. */
  public Handler site(Format format) {
    return ctx -> {
      ArticlePage newest = site.store().latest(site.settings().feedSize(), 0);
      String name = site.settings().siteName();
      String about = "Articles from the outlets " + name + " follows, translated into English.";
      respond(ctx, format, new Channel(name, about, "/", "/", entries(newest)));
    };
  }

  /** The newest articles with the tag {@code {slug}}; 404 for a tag no article has. */
  public Handler tag(Format format) {
    return ctx -> {
      String slug = ctx.pathParam("slug");
      Tag tag =
          site.store()
              .tag(slug)
              .orElseThrow(() -> Problem.notFound("There is no tag with that name."));
      ArticlePage newest = site.store().byTag(slug, site.settings().feedSize(), 0);
      String page = Links.tag(slug);
      String about = "Articles tagged “" + tag.name() + "”, translated into English.";
      respond(ctx, format, new Channel(titled(tag.name()), about, page, page + "/", entries(newest)));
    };
  }

  /** The newest articles of source {@code {id}}; 404 for no such source. */
  public Handler source(Format format) {
    return ctx -> {
      Problem missing = Problem.notFound("There is no such source.");
      long id = Params.id(ctx).orElseThrow(() -> missing);
      Source source = site.store().source(id).orElseThrow(() -> missing);
      ArticlePage newest = site.store().bySource(source.id(), site.settings().feedSize(), 0);
      String page = Links.source(source.id());
      String about = "Articles from " + source.name() + ", translated into English.";
      respond(
          ctx, format, new Channel(titled(source.name()), about, page, page + "/", entries(newest)));
    };
  }

  /** A feed title: the site's name, then what the feed follows. */
  String titled(String what) {
    return site.settings().siteName() + ": " + what;
  }

  /** Writes {@code channel} as a {@code format} feed, with absolute links from the base URL. */
  void respond(Context ctx, Format format, Channel channel) {
    String home = site.absolute(channel.homePath());
    String self = site.absolute(channel.feedBase() + format.fileName());
    String body =
        switch (format) {
          case ATOM -> atom.write(channel.title(), home, self, channel.entries(), EMPTY_FEED_UPDATED);
          case RSS -> rss.write(channel.title(), channel.description(), home, self,
              channel.entries(), EMPTY_FEED_UPDATED);
          case JSON -> Json.write(JsonFeed.document(channel.title(), channel.description(), home,
              self, channel.entries()));
        };
    ctx.contentType(format.mediaType + "; charset=utf-8").result(body);
  }

  private List<FeedEntry> entries(ArticlePage page) {
    return page.items().stream().map(article -> FeedEntry.of(article, site)).toList();
  }
}
