package dev.newsbridge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every source kind read through {@link SourceReaders}, and discovery for {@code sources add}. */
class SourceReadersTest {
  static LoopbackServer server;
  static HttpFetcher fetcher;
  static SourceReaders readers;
  static final URI BASE = URI.create("https://harbour.example/feed.json");

  @BeforeAll
  static void start() {
    server = LoopbackServer.start();
    String base = server.url("").toString();
    server
        .serve(
            "/sitemap-index.xml",
            "application/xml",
            template("sitemap/sitemap-index-template.xml", base, ""))
        .serve(
            "/sitemap-new.xml",
            "application/xml",
            template("sitemap/plain-sitemap-template.xml", base, "new"))
        .serve(
            "/sitemap-old.xml",
            "application/xml",
            template("sitemap/plain-sitemap-template.xml", base, "old"))
        .route("/sitemap-missing.xml", exchange -> exchange.sendResponseHeaders(404, -1))
        .serve(
            "/home.html",
            "text/html; charset=utf-8",
            fixture("discovery/homepage-linking-rss.html"))
        .serve(
            "/broken-feed.xml",
            "application/rss+xml",
            "<rss><channel".getBytes(StandardCharsets.UTF_8))
        .serve("/feed.xml", "text/html", fixture("valid/rss2-two-items-with-dates-and-authors.xml"))
        .serve("/feed.json", "application/json", fixture("jsonfeed/jsonfeed-1.1-three-items.json"))
        .serve("/news-sitemap.xml", "text/xml", fixture("sitemap/news-sitemap-two-articles.xml"))
        .serve("/section.html", "text/html", fixture("listing/section-front-page.html"))
        .serve("/about.html", "text/html", fixture("listing/page-without-articles.html"))
        .serve("/canary.dtd", "text/plain", "never read".getBytes(StandardCharsets.UTF_8));
    fetcher =
        new HttpFetcher(
            FetchPolicy.defaults()
                .withAllowPrivateHosts(true)
                .withObeyRobots(false)
                .withMinDelayPerHost(Duration.ZERO));
    readers = new SourceReaders(fetcher, 64 * 1024);
  }

  @AfterAll
  static void stop() {
    fetcher.close();
    server.close();
  }

  @Nested
  class JsonFeeds {
    @Test
    void readsLinksTitlesAuthorsAndDatesOfVersion11AndDropsNonHttpLinks() throws FeedException {
      Feed feed =
          readers.read(
              resource(
                  BASE,
                  "application/feed+json",
                  fixture("jsonfeed/jsonfeed-1.1-three-items.json")));

      assertThat(feed.title()).isEqualTo("Harbour Daily");
      assertThat(feed.entries())
          .extracting(FeedEntry::link, FeedEntry::title, FeedEntry::author, FeedEntry::publishedAt)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  URI.create("https://harbour.example/news/2026/11/ferry-timetable.html"),
                  "Ferry timetable changes tonight",
                  "Lin Qiao",
                  Instant.parse("2026-11-20T00:00:00Z")),
              org.assertj.core.groups.Tuple.tuple(
                  URI.create("https://harbour.example/news/2026/11/bridge-opens.html"),
                  "Bridge opens",
                  "Wu Ping",
                  Instant.parse("2026-11-21T09:30:00Z")));
    }

    @Test
    void readsVersion10ExternalUrlsAndTreatsABadDateAsMissing() throws FeedException {
      Feed feed =
          readers.read(
              resource(
                  BASE, "application/json", fixture("jsonfeed/jsonfeed-1.0-external-url.json")));

      assertThat(feed.entries())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.link()).hasToString("https://elsewhere.example/story-1");
                assertThat(e.publishedAt()).isNull();
              });
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
      assertThatThrownBy(
              () ->
                  readers.read(
                      resource(
                          BASE, "application/json", fixture("jsonfeed/json-without-version.json"))))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("not a JSON Feed");
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutOverflowingTheStack() {
      String deep =
          "{\"version\":\"https://jsonfeed.org/version/1.1\",\"x\":"
              + "[".repeat(5000)
              + "]".repeat(5000)
              + "}";

      assertThatThrownBy(
              () -> new JsonFeedReader().read(deep.getBytes(StandardCharsets.UTF_8), null, BASE))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("over a limit")
          .hasMessageContaining("nesting depth");
    }

    @Test
    void refusesANumberOfAThousandDigits() {
      String huge =
          "{\"version\":\"https://jsonfeed.org/version/1.1\",\"n\":" + "9".repeat(1000) + "}";

      assertThatThrownBy(
              () -> new JsonFeedReader().read(huge.getBytes(StandardCharsets.UTF_8), null, BASE))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("Number value length");
    }

    @Test
    void refusesAStringLongerThanTheLimit() {
      String big =
          "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\""
              + "a".repeat(JsonFeedReader.MAX_STRING_CHARS + 1)
              + "\"}";

      assertThatThrownBy(
              () -> new JsonFeedReader().read(big.getBytes(StandardCharsets.UTF_8), null, BASE))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("String value length");
    }

    @Test
    void refusesADocumentLongerThanTheBodyCap() {
      String items = "{\"url\":\"https://harbour.example/a\"},".repeat(100);
      String doc = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[" + items + "{}]}";

      assertThatThrownBy(
              () -> new JsonFeedReader(1000).read(doc.getBytes(StandardCharsets.UTF_8), null, BASE))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("Document length");
    }
  }

  @Nested
  class Sitemaps {
    @Test
    void readsAGoogleNewsSitemapNewestFirstWithTitlesAndDates() throws FeedException {
      Feed feed =
          readers.read(
              resource(
                  URI.create("https://harbour.example/news-sitemap.xml"),
                  "text/xml",
                  fixture("sitemap/news-sitemap-two-articles.xml")));

      assertThat(feed.entries())
          .extracting(FeedEntry::title, FeedEntry::publishedAt)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("大桥今日通车", Instant.parse("2026-11-21T02:00:00Z")),
              org.assertj.core.groups.Tuple.tuple(
                  "港口新航线开通", Instant.parse("2026-11-19T02:00:00Z")));
    }

    @Test
    void followsAnIndexToItsChildrenNewestFirstAndSkipsAChildThatFails() throws Exception {
      Feed feed = readers.read(fetcher.fetch(server.url("/sitemap-index.xml"), Validators.NONE));

      // Entries are ordered by their own lastmod; on equal dates the newer child comes first.
      assertThat(feed.entries())
          .extracting(e -> e.link().getPath())
          .containsExactly(
              "/news/new-2.html", "/news/old-2.html", "/news/new-1.html", "/news/old-1.html");
      assertThat(server.requests()).contains("/sitemap-missing.xml");
    }

    @Test
    void readsAGzippedSitemap() throws FeedException {
      byte[] gz = gzip(fixture("sitemap/news-sitemap-two-articles.xml"));

      Feed feed =
          readers.read(
              resource(
                  URI.create("https://harbour.example/sitemap.xml.gz"),
                  "application/octet-stream",
                  gz));

      assertThat(feed.entries()).hasSize(2);
    }

    @Test
    void stopsAGzipBombAtTheBodyCap() {
      byte[] bomb = gzip(new byte[1024 * 1024]); // 1 MiB of zeros: ~1 KiB compressed, cap is 64 KiB

      assertThatThrownBy(
              () ->
                  readers.read(
                      resource(
                          URI.create("https://harbour.example/s.xml.gz"),
                          "application/gzip",
                          bomb)))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("inflates to more than " + 64 * 1024);
    }

    @Test
    void neverReadsAnExternalEntity() {
      String xxe =
          new String(fixture("sitemap/sitemap-with-xxe.xml"), StandardCharsets.UTF_8)
              .replace("CANARY", server.url("/canary.dtd").toString());
      int before = server.requests().size();

      Feed feed;
      try {
        feed =
            readers.read(
                resource(
                    URI.create("https://harbour.example/sitemap.xml"),
                    "text/xml",
                    xxe.getBytes(StandardCharsets.UTF_8)));
      } catch (FeedException refused) {
        feed = new Feed(null, java.util.List.of());
      }

      assertThat(feed.entries()).noneMatch(e -> e.link().toString().contains("never"));
      assertThat(server.requests().subList(before, server.requests().size()))
          .doesNotContain("/canary.dtd");
    }
  }

  @Nested
  class HtmlListings {
    @Test
    void findsSameSiteArticleLinksInPageOrderWithTheirAnchorsAsTitles() throws FeedException {
      Feed feed =
          readers.read(
              resource(
                  URI.create("https://harbour.example/city/"),
                  "text/html",
                  fixture("listing/section-front-page.html")));

      assertThat(feed.title()).isEqualTo("Harbour Daily - City");
      assertThat(feed.entries())
          .extracting(e -> e.link().toString(), FeedEntry::title)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "https://harbour.example/city/2026/11/21/ferry-timetable-changes.html",
                  "Ferry timetable changes from Monday for commuters"),
              org.assertj.core.groups.Tuple.tuple(
                  "https://www.harbour.example/news/1234567", "港口新航线今日正式开通运营"));
    }

    @Test
    void aPageWithoutArticleLinksIsAClearError() {
      assertThatThrownBy(
              () ->
                  readers.read(
                      resource(
                          URI.create("https://harbour.example/about"),
                          "text/html",
                          fixture("listing/page-without-articles.html"))))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("no article links");
    }

    @Test
    void aPageNestedAHundredThousandDeepIsReadWithoutOverflowingTheStack() throws FeedException {
      String deep =
          "<html><body>"
              + "<div>".repeat(100_000)
              + "<a href='/news/2026/11/01/deep-story.html'>A deep headline that is long"
              + " enough</a></body></html>";

      Feed feed =
          readers.read(
              resource(
                  URI.create("https://harbour.example/"),
                  "text/html",
                  deep.getBytes(StandardCharsets.UTF_8)));

      assertThat(feed.entries())
          .extracting(e -> e.link().getPath())
          .containsExactly("/news/2026/11/01/deep-story.html");
    }
  }

  @Nested
  class Discovery {
    @Test
    void findsTheFirstReadableFeedAHomepageLinks() throws Exception {
      FeedDiscovery.Discovered found =
          new FeedDiscovery(fetcher).discover(server.url("/home.html"));

      assertThat(found.url()).isEqualTo(server.url("/feed.xml"));
      assertThat(found.kind()).isEqualTo(SourceKind.FEED);
      assertThat(found.title()).isEqualTo("Harbour Town Daily");
    }

    @Test
    void tellsEachKindFromTheDocumentNotItsContentType() throws Exception {
      FeedDiscovery discovery = new FeedDiscovery(fetcher);

      assertThat(discovery.discover(server.url("/feed.json")).kind())
          .isEqualTo(SourceKind.JSON_FEED);
      assertThat(discovery.discover(server.url("/news-sitemap.xml")).kind())
          .isEqualTo(SourceKind.SITEMAP);
      assertThat(discovery.discover(server.url("/feed.xml")).kind()).isEqualTo(SourceKind.FEED);
      assertThat(discovery.discover(server.url("/section.html")).kind())
          .isEqualTo(SourceKind.HTML_LISTING);
    }

    @Test
    void aPageWithNeitherFeedsNorArticlesIsRefused() {
      assertThatThrownBy(() -> new FeedDiscovery(fetcher).discover(server.url("/about.html")))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("no article links");
    }
  }

  static FetchedResource resource(URI url, String contentType, byte[] body) {
    return new FetchedResource(url, url, 200, contentType, body, Validators.NONE, Instant.EPOCH);
  }

  static byte[] fixture(String name) {
    try (InputStream in = SourceReadersTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static byte[] template(String name, String base, String slug) {
    String text = new String(fixture(name), StandardCharsets.UTF_8);
    return text.replace("BASE", base.replaceAll("/$", ""))
        .replace("NAME", slug)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
