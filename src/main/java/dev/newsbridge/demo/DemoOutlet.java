package dev.newsbridge.demo;

import com.sun.net.httpserver.HttpServer;
import dev.newsbridge.demo.internal.ArticleLibrary;
import dev.newsbridge.demo.internal.ArticleText;
import dev.newsbridge.demo.internal.Outlet;
import dev.newsbridge.demo.internal.Site;
import dev.newsbridge.demo.internal.SiteHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo outlet: four fictional news sites with articles written by this project, served on
 * 127.0.0.1 so that {@code newsbridge demo} can show the whole pipeline without the network. Two
 * are mainland outlets writing Simplified characters (澄观新闻 and 望川日报); 曦潮日報 is a Taipei
 * daily writing Traditional characters, with Taiwan's bylines and Taiwanese people in its reports,
 * and one of its reports covers an event the mainland outlets report too. The Kestrel Bay Courier
 * is an English-language daily: its report of that event is the one a story groups across
 * languages.
 *
 * <p>It serves a home page ({@code /}), {@code /robots.txt} (allow all), one RSS 2.0 feed per
 * outlet and one page per article; some pages are GBK, one is labelled {@code gb2312} while holding
 * characters only GBK has, and some of the Taipei paper's are Big5. Every response carries {@code
 * ETag} and {@code Last-Modified} and answers a matching conditional GET with 304; unknown paths
 * are 404.
 *
 * <p>It binds the loopback address only and is not meant to face a network.
 */
public final class DemoOutlet implements AutoCloseable {
  /** Request threads; a few so that parallel fetches from a demo ingest do not queue. */
  static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI baseUrl;
  private final List<DemoFeed> feeds;
  private final List<DemoArticle> articles;

  private DemoOutlet(
      HttpServer server,
      ExecutorService executor,
      URI baseUrl,
      Site site,
      List<ArticleText> texts) {
    this.server = server;
    this.executor = executor;
    this.baseUrl = baseUrl;
    this.feeds = Arrays.stream(Outlet.values()).map(o -> feedOf(o, baseUrl)).toList();
    this.articles = texts.stream().map(t -> describe(t, site)).toList();
  }

  /**
   * Starts the site on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @throws IOException when the port cannot be bound
   */
  public static DemoOutlet start(int port) throws IOException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      List<ArticleText> texts = ArticleLibrary.load();
      Site site = Site.build(base, texts);
      ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
      server.createContext("/", new SiteHandler(site));
      server.setExecutor(executor);
      server.start();
      return new DemoOutlet(server, executor, base, site, texts);
    } catch (RuntimeException e) {
      server.stop(0); // a broken article file must not leave the port bound
      throw e;
    }
  }

  /** The site's root, e.g. {@code http://127.0.0.1:41234/}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * One feed per outlet: 澄观新闻, 望川日报, 曦潮日報, then The Kestrel Bay Courier. The Chinese ones
   * are declared "zh", as a user adding a Chinese feed would: the desk works out from the Taipei
   * paper's Traditional characters that its people are spelled as Taiwan spells them. The Courier
   * is declared "en".
   */
  public List<DemoFeed> feeds() {
    return feeds;
  }

  /** Every article, newest first. */
  public List<DemoArticle> articles() {
    return articles;
  }

  /** Stops serving at once and frees the port. Calling it again does nothing. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static DemoFeed feedOf(Outlet outlet, URI base) {
    return new DemoFeed(
        outlet.displayName(), base.resolve(outlet.feedPath().substring(1)), outlet.language());
  }

  private static DemoArticle describe(ArticleText t, Site site) {
    return new DemoArticle(
        t.slug(),
        t.outlet().displayName(),
        t.reporter(),
        t.title(),
        t.publishedAt(),
        t.topic().key(),
        site.urlOf(t),
        t.charset(),
        t.bodyParagraphs());
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "demo-outlet-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
