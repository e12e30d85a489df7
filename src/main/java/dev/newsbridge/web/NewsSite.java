package dev.newsbridge.web;

import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.web.internal.ApiRoutes;
import dev.newsbridge.web.internal.Chrome;
import dev.newsbridge.web.internal.ErrorPages;
import dev.newsbridge.web.internal.FeedRoutes;
import dev.newsbridge.web.internal.HtmlPages;
import dev.newsbridge.web.internal.JettyErrors;
import dev.newsbridge.web.internal.SecurityHeaders;
import dev.newsbridge.web.internal.Site;
import dev.newsbridge.web.internal.StaticAssets;
import dev.newsbridge.web.internal.StoryApi;
import dev.newsbridge.web.internal.StoryPages;
import dev.newsbridge.web.internal.Templates;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRouting;
import java.net.URI;
import java.util.Objects;

/**
 * The public English site over a store and a search index: HTML pages, Atom, RSS and JSON feeds and a
 * read-only JSON API, served by Javalin with templates compiled at build time.
 *
 * <p>Routes: {@code /} (latest, {@code ?page=}), {@code /articles/{id}}, {@code /tags/{slug}},
 * {@code /sources}, {@code /sources/{id}}, {@code /search?q=}, {@code /feed.atom}, {@code
 * /feed.rss}, {@code /feed.json} (and the same three under {@code /tags/{slug}/} and {@code
 * /sources/{id}/}), {@code /api/articles?limit=&offset=}, {@code /api/articles/{id}}, {@code
 * /api/search?q=&limit=&offset=}, the stories ({@code /stories}, {@code /stories/{id}}, {@code
 * /stories/{id}/feed.atom}, {@code /api/stories}, {@code /api/stories/{id}}) and {@code /static/…}. Every response carries a strict CSP (no
 * scripts at all), {@code nosniff} and {@code no-referrer}.
 *
 * <p>The site only reads. It does not own the store or the index: {@link #close()} stops the server
 * and leaves them open for their owner to close.
 */
public final class NewsSite implements AutoCloseable {
  private final Javalin app;
  private final URI configuredBaseUrl;
  private volatile URI listening;

  public NewsSite(ArticleStore store, SearchIndex index, SiteSettings settings) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(settings, "settings");
    this.configuredBaseUrl = settings.baseUrl();
    StaticAssets assets = new StaticAssets();
    Chrome chrome =
        new Chrome(settings.siteName(), assets.href("site.css"), assets.href("icon.svg"), "");
    Site site = new Site(store, index, settings, this::baseUrl, new Templates(), chrome);
    this.app = Javalin.create(config -> configure(config, site, assets));
  }

  /**
   * Starts serving on {@code host} ({@code "127.0.0.1"} for this machine only) and {@code port} (0
   * picks a free port; see {@link #port()}).
   */
  public NewsSite start(String host, int port) {
    app.start(host, port);
    listening = URI.create("http://" + hostForUrl(host) + ":" + app.port());
    return this;
  }

  /** The port the site listens on. */
  public int port() {
    return app.port();
  }

  /** The site's home page, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    if (listening == null) {
      throw new IllegalStateException("the site is not started");
    }
    return URI.create(listening + "/");
  }

  /** Stops the server. The store and the index stay open. */
  @Override
  public void close() {
    app.stop();
  }

  private URI baseUrl() {
    return configuredBaseUrl != null ? configuredBaseUrl : listening;
  }

  private static void configure(JavalinConfig config, Site site, StaticAssets assets) {
    config.showJavalinBanner = false;
    config.startupWatcherEnabled = false;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    config.router.mount(router -> routes(router, site, assets));
  }

  private static void routes(JavalinDefaultRouting router, Site site, StaticAssets assets) {
    HtmlPages pages = new HtmlPages(site);
    FeedRoutes feeds = new FeedRoutes(site);
    ApiRoutes api = new ApiRoutes(site);
    router.before(SecurityHeaders::apply);
    read(router, "/", pages::home);
    read(router, "/articles/{id}", pages::article);
    read(router, "/tags/{slug}", pages::tag);
    read(router, "/sources", pages::sources);
    read(router, "/sources/{id}", pages::source);
    read(router, "/search", pages::search);
    for (FeedRoutes.Format format : FeedRoutes.Format.values()) {
      read(router, "/" + format.fileName(), feeds.site(format));
      read(router, "/tags/{slug}/" + format.fileName(), feeds.tag(format));
      read(router, "/sources/{id}/" + format.fileName(), feeds.source(format));
    }
    read(router, "/api/articles", api::articles);
    read(router, "/api/articles/{id}", api::article);
    read(router, "/api/search", api::search);
    // Stories (issue #6).
    StoryPages stories = new StoryPages(site);
    StoryApi storyApi = new StoryApi(site);
    read(router, "/stories", stories::stories);
    read(router, "/stories/{id}", stories::story);
    read(router, "/stories/{id}/feed.atom", stories::feed);
    read(router, "/api/stories", storyApi::stories);
    read(router, "/api/stories/{id}", storyApi::story);
    read(router, "/static/{name}", assets::serve);
    new ErrorPages(site).register(router);
  }

  /**
   * A read-only address answers GET and HEAD alike (Jetty sends no body for HEAD), so link checkers
   * and feed readers that probe with HEAD see the real status and content type.
   */
  private static void read(JavalinDefaultRouting router, String path, Handler handler) {
    router.get(path, handler);
    router.head(path, handler);
  }

  /** Wildcard binds are reached through localhost; IPv6 literals need brackets in a URL. */
  private static String hostForUrl(String host) {
    if (host == null || host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
      return "localhost";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
