package dev.newsbridge.ingest.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generated outlet on 127.0.0.1 for the ingest benchmark: {@code feeds} RSS feeds sharing {@code
 * articles} article pages. Pages are rendered on request from their numbers ({@link BenchPages}),
 * so the outlet holds no pages in memory. Every {@value #GBK_EVERY}th feed serves its pages as GBK.
 * Feeds carry an {@code ETag} and {@code Last-Modified} and answer {@code 304} to a matching
 * conditional GET; robots.txt allows everything. Counts page and feed requests, for the second-pass
 * check.
 */
public final class BenchOutlet implements AutoCloseable {

  /** One feed in this many serves GBK pages: {@value}. */
  public static final int GBK_EVERY = 5;

  private static final String ETAG = "\"bench-v1\"";
  private static final String LAST_MODIFIED = "Fri, 27 Nov 2026 00:00:00 GMT";
  private static final Charset GBK = Charset.forName("GBK");

  private final HttpServer server;
  private final ExecutorService executor;
  private final BenchPages pages;
  private final int feeds;
  private final int articles;
  private final AtomicInteger pageRequests = new AtomicInteger();
  private final AtomicInteger feedRequests = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();

  private BenchOutlet(HttpServer server, ExecutorService executor, int feeds, int articles) {
    this.server = server;
    this.executor = executor;
    this.feeds = feeds;
    this.articles = articles;
    this.pages = new BenchPages(baseUrl());
  }

  /** Starts the outlet on a free loopback port. */
  public static BenchOutlet start(int feeds, int articles) throws IOException {
    // The JDK server writes headers and body separately; without TCP_NODELAY each response waits
    // out the peer's delayed ACK (~40 ms on Linux), which would measure the outlet, not ingest.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "bench-outlet");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    BenchOutlet outlet = new BenchOutlet(server, executor, feeds, articles);
    server.createContext("/", outlet::handle);
    server.start();
    return outlet;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The feed URLs, one per simulated section. */
  public List<URI> feedUrls() {
    return java.util.stream.IntStream.range(0, feeds)
        .mapToObj(f -> baseUrl().resolve("/feed/" + f + ".xml"))
        .toList();
  }

  public int pageRequests() {
    return pageRequests.get();
  }

  public int feedRequests() {
    return feedRequests.get();
  }

  public int notModifiedAnswers() {
    return notModified.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/robots.txt")) {
        send(exchange, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith("/feed/")) {
        feed(exchange, number(path, "/feed/", ".xml"));
      } else if (path.startsWith("/a/")) {
        page(exchange, number(path, "/a/", ".html"));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    } catch (NumberFormatException e) {
      exchange.sendResponseHeaders(404, -1);
    }
  }

  private void feed(HttpExchange exchange, int feed) throws IOException {
    feedRequests.incrementAndGet();
    exchange.getResponseHeaders().set("ETag", ETAG);
    exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
    if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    byte[] rss = pages.feed(feed, articleNumbersOf(feed)).getBytes(StandardCharsets.UTF_8);
    send(exchange, "application/rss+xml; charset=utf-8", rss);
  }

  private void page(HttpExchange exchange, int article) throws IOException {
    pageRequests.incrementAndGet();
    if (article < 0 || article >= articles) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    boolean gbk = feedOf(article) % GBK_EVERY == GBK_EVERY - 1;
    String html = pages.article(article, gbk ? "gbk" : "utf-8");
    byte[] body = html.getBytes(gbk ? GBK : StandardCharsets.UTF_8);
    send(exchange, "text/html; charset=" + (gbk ? "gbk" : "utf-8"), body);
  }

  /** Articles are dealt to feeds round-robin. */
  private int feedOf(int article) {
    return article % feeds;
  }

  private int[] articleNumbersOf(int feed) {
    return java.util.stream.IntStream.range(0, articles).filter(a -> feedOf(a) == feed).toArray();
  }

  private static int number(String path, String prefix, String suffix) {
    return Integer.parseInt(path.substring(prefix.length(), path.length() - suffix.length()));
  }

  private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
