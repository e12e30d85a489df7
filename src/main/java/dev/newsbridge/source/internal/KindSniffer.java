package dev.newsbridge.source.internal;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.source.SourceKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a source document's kind from its first bytes, not from its {@code Content-Type} (servers
 * send feeds as {@code text/html} and sitemaps as {@code application/octet-stream}): gzip is a
 * compressed sitemap, a leading {@code {} is JSON Feed, a {@code <urlset>} or {@code
 * <sitemapindex>} root (or a plain-text list of URLs) is a sitemap, an HTML document is a listing
 * page, and any other XML is read as RSS/Atom.
 */
public final class KindSniffer {

  /** How much of the document is looked at, in characters: {@value}. */
  static final int SNIFF_CHARS = 4096;

  private static final Pattern XML_PREAMBLE =
      Pattern.compile("^(\\s|<\\?[^>]*\\?>|<!--.*?-->)*", Pattern.DOTALL);
  private static final Pattern HTML_ROOT =
      Pattern.compile("^<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SITEMAP_ROOT =
      Pattern.compile("^<([\\w-]+:)?(urlset|sitemapindex)\\b", Pattern.CASE_INSENSITIVE);

  private KindSniffer() {}

  public static SourceKind sniff(byte[] body, String contentType) {
    if (BoundedGunzip.isGzip(body)) {
      return SourceKind.SITEMAP;
    }
    byte[] head = java.util.Arrays.copyOf(body, Math.min(body.length, SNIFF_CHARS));
    String text = TextDecoder.decode(head, contentType).text();
    String start = XML_PREAMBLE.matcher(text).replaceFirst("").stripLeading();
    if (start.startsWith("{")) {
      return SourceKind.JSON_FEED;
    }
    if (SITEMAP_ROOT.matcher(start).lookingAt() || isTextSitemap(start, contentType)) {
      return SourceKind.SITEMAP;
    }
    if (HTML_ROOT.matcher(start).lookingAt()) {
      return SourceKind.HTML_LISTING;
    }
    return SourceKind.FEED;
  }

  private static boolean isTextSitemap(String start, String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")
        && start.startsWith("http");
  }
}
