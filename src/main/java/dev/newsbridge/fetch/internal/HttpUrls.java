package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The scheme rule: we fetch only absolute {@code http}/{@code https} URLs with a host ({@code
 * file:}, {@code ftp:}, {@code jar:}, {@code data:}, {@code gopher:} and the rest are refused, as
 * CommaFeed's {@code HttpGetter.ensureHttpScheme} does).
 */
public final class HttpUrls {
  private HttpUrls() {}

  /** Returns {@code url} if it is an absolute http(s) URL with a host. */
  public static URI requireHttp(URI url) throws FetchException {
    if (!isHttp(url)) {
      throw new FetchException(url, "refused: only http and https URLs with a host are fetched");
    }
    return url;
  }

  /** Whether {@code url} is an absolute http(s) URL with a host. */
  public static boolean isHttp(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean http = scheme.equals("http") || scheme.equals("https");
    return http && url.getHost() != null && !url.getHost().isEmpty();
  }

  /** Resolves a {@code Location} header against the URL that sent it. */
  public static URI resolveLocation(URI base, String location) throws FetchException {
    try {
      URI target = new URI(location.trim().replace(" ", "%20"));
      // URI.resolve mishandles a base with an empty path ("http://a.b" + "c" -> "http://a.bc").
      URI fixedBase =
          base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
      return fixedBase.resolve(target);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(base, 0, null, "malformed redirect Location: " + location, e);
    }
  }
}
