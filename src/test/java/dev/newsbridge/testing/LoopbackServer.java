package dev.newsbridge.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for tests, with routes that can misbehave. It records every
 * request path, so tests can prove that a request was (or was never) made.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  public static LoopbackServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(4));
      LoopbackServer s = new LoopbackServer(server);
      server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code body} at {@code path} with the given content type. */
  public LoopbackServer serve(String path, String contentType, byte[] body) {
    return route(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  /** Adds a route; every request to it is recorded first. */
  public LoopbackServer route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.add(exchange.getRequestURI().getPath());
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Streams {@code megabytes} MiB of filler with no Content-Length (chunked). */
  public static HttpHandler endlessHtml(int megabytes) {
    return (HttpExchange exchange) -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = "<p>填充内容填充内容填充内容填充内容</p>\n".repeat(1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      long limit = megabytes * 1024L * 1024L;
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < limit; sent += chunk.length) {
          out.write(chunk);
        }
      } catch (IOException clientHungUp) {
        // Expected: the fetcher stops reading at its size cap.
      }
    };
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
