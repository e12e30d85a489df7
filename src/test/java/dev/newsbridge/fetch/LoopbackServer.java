package dev.newsbridge.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for tests, with routes added per test and a log of every request
 * it received (a canary is a server whose log must stay empty).
 */
final class LoopbackServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Request(
      String path,
      String userAgent,
      String ifNoneMatch,
      String ifModifiedSince,
      long receivedNanos) {}

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final List<Request> log = new CopyOnWriteArrayList<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(workers);
    server.createContext(
        "/",
        exchange -> {
          record(exchange);
          send(exchange, 404, "text/plain", "no such route");
        });
    server.start();
  }

  /** Serves {@code handler} at {@code path} (and below it), logging each request. */
  LoopbackServer route(String path, HttpHandler handler) {
    if (path.equals("/")) {
      server.removeContext("/"); // replaces the default 404 route
    }
    server.createContext(
        path,
        exchange -> {
          record(exchange);
          try {
            handler.handle(exchange);
          } catch (IOException e) {
            // The client went away mid-response, which is what many of these tests provoke.
          } finally {
            exchange.close();
          }
        });
    return this;
  }

  /** Serves a fixed body with status 200. */
  LoopbackServer text(String path, String contentType, String body) {
    return route(path, exchange -> send(exchange, 200, contentType, body));
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(log);
  }

  long requestsTo(String path) {
    return log.stream().filter(r -> r.path().equals(path)).count();
  }

  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void record(HttpExchange exchange) {
    var headers = exchange.getRequestHeaders();
    log.add(
        new Request(
            exchange.getRequestURI().getPath(),
            headers.getFirst("User-Agent"),
            headers.getFirst("If-None-Match"),
            headers.getFirst("If-Modified-Since"),
            System.nanoTime()));
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
