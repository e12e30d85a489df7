package dev.newsbridge.web.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every link the site writes. Site paths are built here so that path segments are always
 * percent-encoded; outside links pass {@link #externalOrNull} so only http(s) URLs are ever linked
 * (a stored {@code javascript:} URL is shown as no link at all).
 */
public final class Links {
  private Links() {}

  public static String article(long id) {
    return "/articles/" + id;
  }

  public static String tag(String slug) {
    return "/tags/" + segment(slug);
  }

  public static String source(long id) {
    return "/sources/" + id;
  }

  public static String story(long id) {
    return "/stories/" + id;
  }

  public static String storyApi(long id) {
    return "/api/stories/" + id;
  }

  public static String storyFeed(long id) {
    return "/stories/" + id + "/feed.atom";
  }

  public static String search(String query) {
    return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** {@code url} as text when it is an absolute http(s) URL with a host, else null. */
  public static String externalOrNull(URI url) {
    if (url == null || url.getScheme() == null || url.getHost() == null) {
      return null;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? url.toASCIIString() : null;
  }

  /** Percent-encodes one path segment (URLEncoder encodes for forms: a space becomes '+'). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
