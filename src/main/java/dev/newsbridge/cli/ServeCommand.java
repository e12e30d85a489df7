package dev.newsbridge.cli;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.config.NewsbridgeConfig;
import dev.newsbridge.web.NewsSite;
import dev.newsbridge.web.SiteSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsbridge serve}: the English site, feeds and JSON API, with periodic ingest. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the English site, its feeds and the JSON API, and ingests every source periodically.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Mixin EngineOptions engine;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind. Default: ${DEFAULT-VALUE} (loopback only).")
  String host = NewsbridgeConfig.DEFAULT_HOST;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port. Default: ${DEFAULT-VALUE}.")
  int port = NewsbridgeConfig.DEFAULT_PORT;

  @Option(names = "--site-name", paramLabel = "NAME", description = "Site name in page titles and feeds. Default: ${DEFAULT-VALUE}.")
  String siteName = NewsbridgeConfig.DEFAULT_SITE_NAME;

  @Option(
      names = "--refresh-minutes", paramLabel = "MINUTES",
      description =
          "Shortest interval between two visits of a source, in minutes (each source then adapts"
              + " to how often it publishes, up to 6 h); 0 turns scheduled ingest off."
              + " Default: ${DEFAULT-VALUE}.")
  long refreshMinutes = NewsbridgeConfig.DEFAULT_REFRESH.toMinutes();

  /** Environment variable giving the public base URL when {@code --base-url} is not set. */
  static final String BASE_URL_ENV = "NEWSBRIDGE_BASE_URL";

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Public address of the site (behind a reverse proxy), written into feeds and absolute"
              + " links, e.g. https://news.example.org/. Default: $" + BASE_URL_ENV
              + ", else the address it listens on.")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    SiteSettings settings = siteSettings(System.getenv(BASE_URL_ENV));
    Desk desk = Desk.open(data.resolve(), FetchPolicy.defaults(), engine.resolve());
    NewsSite site = new NewsSite(desk.store(), desk.index(), settings);
    try {
      site.start(host, port);
    } catch (RuntimeException e) {
      desk.close();
      throw e;
    }
    System.out.println("Newsbridge is serving " + site.url() + "  (data: " + data.resolve() + ")");
    new SiteRunner(desk, site, System.out).runUntilStopped(Duration.ofMinutes(refreshMinutes));
    return 0;
  }

  /**
   * The site's settings from the options, {@code fromEnvironment} standing in for an unset {@code
   * --base-url}; a base URL that is not an absolute http(s) URL is a usage error.
   */
  SiteSettings siteSettings(String fromEnvironment) {
    SiteSettings settings = SiteSettings.defaults().withSiteName(siteName);
    String url = baseUrl != null ? baseUrl : fromEnvironment;
    if (url == null || url.isBlank()) {
      return settings;
    }
    try {
      return settings.withBaseUrl(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--base-url is not a URL: " + url, e);
    }
  }
}
