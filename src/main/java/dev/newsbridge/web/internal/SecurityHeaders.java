package dev.newsbridge.web.internal;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every response carries, pages, feeds, JSON and errors alike (Miniflux sets the same
 * on every response; CVE-2023-27592 was an error page without them). The site needs no JavaScript,
 * so the policy allows none at all: {@code default-src 'none'} blocks every script, inline or not,
 * and only our own stylesheet and images load.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Header name to value, in a stable order. */
  public static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    applyTo(ctx::header);
  }

  /** For responses made outside Javalin (Jetty's own error pages). */
  public static void applyTo(BiConsumer<String, String> setter) {
    ALL.forEach(setter);
  }
}
