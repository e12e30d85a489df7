package dev.newsbridge.extract.internal;

import dev.newsbridge.fetch.HttpUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's canonical URL from {@code <link rel=canonical>}, resolved against the page URL, when it
 * is http(s); otherwise the page URL. Other schemes ({@code javascript:}, {@code data:}) are never
 * taken.
 */
public final class CanonicalUrl {
  /** "canonical" as one of the space-separated link types. */
  private static final Pattern CANONICAL = Pattern.compile("(.*\\s)?canonical(\\s.*)?");

  private CanonicalUrl() {}

  public static URI of(Document doc, URI pageUrl) {
    return of(doc.select("link[rel][href]"), pageUrl);
  }

  /** As {@link #of(Document, URI)}, from the page's {@code link[rel][href]} elements. */
  public static URI of(List<Element> links, URI pageUrl) {
    for (Element link : links) {
      if (!CANONICAL.matcher(link.attr("rel").toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      String raw = link.attr("href").strip();
      URI absolute = absoluteHttp(raw);
      if (absolute != null) {
        // Most pages write it absolute: jsoup's resolution (java.net.URL, slow) would not change
        // it.
        return absolute;
      }
      String href = link.attr("abs:href");
      if (href.isEmpty()) {
        href = raw;
      }
      try {
        URI uri = new URI(href);
        if (HttpUrls.isHttp(uri)) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // A broken canonical link is ignored; the page URL stands.
      }
    }
    return pageUrl;
  }

  /** {@code href} as a URI when it is an absolute http(s) URL with a host, else null. */
  private static URI absoluteHttp(String href) {
    if (!href.regionMatches(true, 0, "http", 0, 4)) {
      return null;
    }
    try {
      URI uri = new URI(href);
      return HttpUrls.isHttp(uri) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
