package dev.newsbridge.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The scheme rule: we fetch only absolute {@code http}/{@code https} URLs with a host ({@code
 * file:}, {@code ftp:}, {@code jar:}, {@code data:}, {@code gopher:} and the rest are refused, as
 * CommaFeed's {@code HttpGetter.ensureHttpScheme} does), and the one way links and redirects are
 * resolved. Later stages (feed links, canonical URLs, the command line) use the same rule.
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
      return resolve(base, new URI(location.trim().replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(base, 0, null, "malformed redirect Location: " + location, e);
    }
  }

  /**
   * RFC 3986 §5.2 resolution, working around two java.net.URI (RFC 2396) quirks: a base with an
   * empty path ("http://a.b" + "c" gives "http://a.bc") and a query-only reference, which must keep
   * the base's whole path ("/rss/index.xml" + "?page=2" is "/rss/index.xml?page=2").
   */
  public static URI resolve(URI base, URI reference) {
    URI fixedBase =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
    boolean queryOnly =
        reference.getRawAuthority() == null
            && reference.getScheme() == null
            && reference.getRawPath().isEmpty()
            && reference.getRawQuery() != null;
    if (queryOnly) {
      String path = fixedBase.toString().replaceFirst("[?#].*$", "");
      return URI.create(
          path
              + "?"
              + reference.getRawQuery()
              + (reference.getRawFragment() == null ? "" : "#" + reference.getRawFragment()));
    }
    return fixedBase.resolve(reference);
  }

}
