package dev.newsbridge.source;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.source.internal.ArticleLinkRules;
import dev.newsbridge.source.internal.HttpLinks;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML section front page as a list of articles: every same-site link whose URL and anchor
 * text look like an article ({@link ArticleLinkRules}), in page order, the anchor text as the
 * title, at most {@value #MAX_LINKS}. jsoup parses (its tree depth is bounded, so deep nesting
 * cannot overflow the stack); the charset is decided by {@link TextDecoder}. Links are http(s)
 * only. Thread-safe.
 *
 * <p>Out of scope: pages that build their list with JavaScript, and dates (the article page has
 * them).
 */
public final class HtmlListingReader implements SourceReader {

  /** Links kept per page: {@value}. */
  public static final int MAX_LINKS = 200;

  @Override
  public Feed read(FetchedResource resource) throws FeedException {
    Objects.requireNonNull(resource, "resource");
    return read(resource.body(), resource.contentType(), resource.finalUrl());
  }

  public Feed read(byte[] body, String contentType, URI pageUrl) throws FeedException {
    Document page = Jsoup.parse(TextDecoder.decode(body, contentType).text(), pageUrl.toString());
    Map<URI, FeedEntry> articles = new LinkedHashMap<>();
    for (Element a : page.select("a[href]")) {
      if (articles.size() >= MAX_LINKS) {
        break;
      }
      String text = a.text();
      Optional<URI> link =
          HttpLinks.resolve(pageUrl, a.attr("href")).map(HtmlListingReader::noFragment);
      if (link.isPresent() && ArticleLinkRules.isArticle(pageUrl, link.get(), text)) {
        articles.putIfAbsent(link.get(), new FeedEntry(link.get(), text.strip(), null, null));
      }
    }
    if (articles.isEmpty()) {
      throw new FeedException("no article links found on the page (" + pageUrl + ")");
    }
    return new Feed(page.title(), articles.values().stream().toList());
  }

  private static URI noFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }
}
