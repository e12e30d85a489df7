package dev.newsbridge.demo.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@link Site} over HTTP: GET and HEAD only (405 otherwise), 404 for unknown paths, {@code
 * ETag} and {@code Last-Modified} on every response and 304 for a matching conditional GET. The
 * query string is ignored, so navigation links like {@code /?channel=…} show the home page.
 */
public final class SiteHandler implements HttpHandler {
  private static final byte[] NOT_FOUND =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head>"
          .concat("<body><h1>404 页面不存在</h1></body></html>\n")
          .getBytes(StandardCharsets.UTF_8);

  private final Site site;

  public SiteHandler(Site site) {
    this.site = site;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      respond(exchange);
    } finally {
      exchange.close();
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      exchange.sendResponseHeaders(405, -1);
      return;
    }
    var found = site.resource(exchange.getRequestURI().getPath());
    if (found.isEmpty()) {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      send(exchange, 404, NOT_FOUND, head);
      return;
    }
    Resource resource = found.get();
    Headers headers = exchange.getResponseHeaders();
    headers.set("ETag", resource.etag());
    headers.set("Last-Modified", ConditionalGet.httpDate(resource.lastModified()));
    Headers request = exchange.getRequestHeaders();
    if (ConditionalGet.notModified(
        request.getFirst("If-None-Match"), request.getFirst("If-Modified-Since"), resource)) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    headers.set("Content-Type", resource.contentType());
    send(exchange, 200, resource.body(), head);
  }

  private static void send(HttpExchange exchange, int status, byte[] body, boolean head)
      throws IOException {
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
