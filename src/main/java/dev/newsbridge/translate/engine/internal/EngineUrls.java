package dev.newsbridge.translate.engine.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks an engine's configured base URL: absolute http or https with a host, no user info (a key
 * belongs in its header, not in a URL that ends up in logs), no query or fragment. Loopback and
 * private hosts are allowed on purpose: a local llama.cpp or LibreTranslate is a legitimate
 * engine, and the operator, not web content, chose the address.
 */
public final class EngineUrls {
  private EngineUrls() {}

  /**
   * @return the URL without a trailing slash
   * @throws IllegalArgumentException naming the problem
   */
  public static URI validate(String what, String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(what + " URL is not set");
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " URL is not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(what + " URL must be http or https: " + url);
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(what + " URL needs a host and no user info: " + url);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(what + " URL must not have a query or fragment: " + url);
    }
    String s = uri.toString();
    return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }

  /** {@code base} followed by {@code path} ("/translate"). */
  public static URI resolve(URI base, String path) {
    return URI.create(base.toString() + path);
  }
}
