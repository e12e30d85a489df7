package dev.newsbridge.demo.internal;

import java.net.URI;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every response of the demo site, rendered and encoded once: the home page, robots.txt, one RSS
 * feed per outlet and one page per article. Paths not in the map are 404s.
 */
public final class Site {
  /** How many "相关阅读" links a page shows. */
  static final int RELATED_LIMIT = 4;

  private static final String ROBOTS = "User-agent: *\nAllow: /\n";

  private final URI base;
  private final Map<String, Resource> routes = new HashMap<>();

  private Site(URI base) {
    this.base = base;
  }

  /**
   * @param base the site's base URL, ending in "/"
   * @param articles every article, newest first
   * @throws IllegalStateException if a GBK or Big5 page contains a character its charset cannot
   *     encode
   */
  public static Site build(URI base, List<ArticleText> articles) {
    Site site = new Site(base);
    Instant newest = articles.get(0).publishedAt().toInstant();
    site.routes.put("/", Resource.utf8(HomePage.render(articles), "text/html", newest));
    site.routes.put("/robots.txt", Resource.utf8(ROBOTS, "text/plain", newest));
    for (Outlet outlet : Outlet.values()) {
      List<ArticleText> own = articles.stream().filter(a -> a.outlet() == outlet).toList();
      String feed = RssFeed.write(outlet, base, own);
      Instant updated = own.get(0).publishedAt().toInstant();
      site.routes.put(outlet.feedPath(), Resource.utf8(feed, "application/rss+xml", updated));
      own.forEach(a -> site.routes.put(outlet.articlePath(a), site.page(a, own)));
    }
    return site;
  }

  /** The response for a request path, if there is one. */
  public Optional<Resource> resource(String path) {
    return Optional.ofNullable(routes.get(path));
  }

  /** The article's absolute URL. */
  public URI urlOf(ArticleText article) {
    return base.resolve(article.outlet().articlePath(article).substring(1));
  }

  private Resource page(ArticleText article, List<ArticleText> sameOutlet) {
    List<PageTemplate.Link> related =
        sameOutlet.stream()
            .filter(other -> other != article)
            .sorted(closestTo(article))
            .limit(RELATED_LIMIT)
            .map(other -> new PageTemplate.Link(other.title(), other.outlet().articlePath(other)))
            .toList();
    String html =
        article.outlet().template().render(new PageTemplate.Page(article, urlOf(article), related));
    byte[] body = encode(html, article);
    return Resource.of(
        body, "text/html; charset=" + article.charset(), article.publishedAt().toInstant());
  }

  /** Same topic first, then nearest in time. */
  private static Comparator<ArticleText> closestTo(ArticleText article) {
    Comparator<ArticleText> sameTopicFirst =
        Comparator.comparing(other -> other.topic() != article.topic());
    return sameTopicFirst.thenComparing(
        other ->
            Math.abs(other.publishedAt().toEpochSecond() - article.publishedAt().toEpochSecond()));
  }

  /**
   * Encodes strictly, so a character the page's charset lacks fails the start-up instead of
   * silently becoming "?". Pages labelled gb2312 are encoded as GBK on purpose: that is what real
   * sites send, and it is why decoders must use GB18030 for these labels. Big5 pages are plain Big5
   * (no Hong Kong or vendor extensions), which every Big5 decoder reads.
   */
  private static byte[] encode(String html, ArticleText article) {
    Charset charset = encoderFor(article.charset());
    try {
      var buffer =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(html));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      // Not chained: the command line reports an IOException cause as the operator's problem
      // ("Input length = 1"), while this is a bug in the demo's files and the message says where.
      throw new IllegalStateException(
          "demo article "
              + article.slug()
              + ": "
              + charset
              + " cannot encode "
              + firstUnencodable(html, charset));
    }
  }

  private static String firstUnencodable(String html, Charset charset) {
    var encoder = charset.newEncoder();
    return html.codePoints()
        .filter(c -> !encoder.canEncode(Character.toString(c)))
        .mapToObj(c -> "'" + Character.toString(c) + "' (U+" + Integer.toHexString(c) + ")")
        .findFirst()
        .orElse("some character");
  }

  private static Charset encoderFor(String label) {
    return switch (label.toLowerCase(java.util.Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "gbk", "gb2312" -> Charset.forName("GBK");
      case "big5" -> Charset.forName("Big5");
      default -> Charset.forName(label);
    };
  }
}
