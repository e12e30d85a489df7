package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Hostile article text stays text everywhere, and every response carries the security headers. */
class NewsSiteSecurityTest {
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:;"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @SeededDesk static TestDesk desk;

  /** No element the page did not write itself: no script, no event handler, no script URL. */
  static void assertNoActiveContent(Document doc) {
    assertThat(doc.select("script, iframe, object, embed")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(
            doc.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey))
        .noneMatch(name -> name.toLowerCase().startsWith("on"));
    assertThat(
            doc.select("[href], [src], [action]").stream()
                .flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getValue))
        .noneMatch(value -> value.strip().toLowerCase().startsWith("javascript:"));
  }

  @Nested
  class ScriptInjection {
    @Test
    void theArticlePageShowsHostileTextAsText() {
      HttpResponse<String> response = desk.get(desk.articlePath("injection"));
      Document doc = Jsoup.parse(response.body());

      assertNoActiveContent(doc);
      assertThat(doc.title()).isEqualTo(DeskArticles.HOSTILE_TITLE + " — Newsbridge");
      assertThat(doc.selectFirst("h1").text()).isEqualTo(DeskArticles.HOSTILE_TITLE);
      assertThat(doc.selectFirst(".article-body p").text()).isEqualTo(DeskArticles.HOSTILE_BODY);
      assertThat(doc.selectFirst(".article-tags a").text()).isEqualTo(DeskArticles.HOSTILE_TAG);
      assertThat(response.body()).doesNotContain("<script", "<img", "<b>");
    }

    @Test
    void aJavascriptUrlIsNeverLinked() {
      Document doc = Jsoup.parse(desk.get(desk.articlePath("injection")).body());

      assertThat(doc.select(".original-link a")).isEmpty();
      assertThat(doc.selectFirst(".original-link").text()).contains("not a web link");
    }

    @Test
    void aTagSlugIsPercentEncodedInItsLink() {
      Document doc = Jsoup.parse(desk.get(desk.articlePath("injection")).body());

      assertThat(doc.selectFirst(".article-tags a").attr("href"))
          .isEqualTo("/tags/x%22%3E%3Cscript%3Ealert%284%29%3C%2Fscript%3E");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "/",
          "/search?q=pwned",
          "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
          "/sources",
          "/sources/2",
          "/tags/x%22%3E%3Cscript%3Ealert%284%29%3C%2Fscript%3E"
        })
    void listingsShowHostileTextAsText(String path) {
      HttpResponse<String> response = desk.get(path);

      assertThat(response.statusCode()).isEqualTo(200);
      assertNoActiveContent(Jsoup.parse(response.body()));
      assertThat(response.body()).doesNotContain("<script", "<img");
    }

    @Test
    void theAtomFeedEscapesHostileTextAndDropsTheJavascriptUrl() {
      String xml = desk.get("/feed.atom").body();
      Element feed = FeedDocuments.xml(xml).getDocumentElement();
      Element entry = FeedDocuments.children(feed, "entry").get(0);

      assertThat(FeedDocuments.text(entry, "title")).isEqualTo(DeskArticles.HOSTILE_TITLE);
      assertThat(FeedDocuments.text(entry, "content")).startsWith(DeskArticles.HOSTILE_BODY);
      assertThat(FeedDocuments.link(entry, "related")).isNull();
      assertThat(xml).doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    void theRssFeedEscapesHostileTextTwiceWhereReadersRenderHtml() {
      String xml = desk.get("/feed.rss").body();
      Element channel = FeedDocuments.xml(xml).getDocumentElement();
      Element item =
          FeedDocuments.children(FeedDocuments.children(channel, null, "channel").get(0), null,
              "item").get(0);
      String html =
          FeedDocuments.text(item, "http://purl.org/rss/1.0/modules/content/", "encoded");

      assertThat(FeedDocuments.text(item, null, "title")).isEqualTo(DeskArticles.HOSTILE_TITLE);
      assertNoActiveContent(Jsoup.parse(html));
      assertNoActiveContent(Jsoup.parse(FeedDocuments.text(item, null, "description")));
      assertThat(Jsoup.parse(html).text()).startsWith(DeskArticles.HOSTILE_BODY);
      assertThat(xml).doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    void theJsonFeedEscapesHostileTextAndDropsTheJavascriptUrl() {
      String text = desk.get("/feed.json").body();
      JsonNode item = FeedDocuments.json(text).get("items").get(0);

      assertThat(item.get("title").asText()).isEqualTo(DeskArticles.HOSTILE_TITLE);
      assertThat(item.get("content_text").asText()).startsWith(DeskArticles.HOSTILE_BODY);
      assertThat(item.has("external_url")).isFalse();
      assertThat(text).doesNotContain("<", ">", "javascript:");
    }

    @Test
    void theApiEscapesHostileTextAndDropsTheJavascriptUrl() {
      String text = desk.get("/api/articles/" + desk.id("injection")).body();
      JsonNode article = FeedDocuments.json(text);

      assertThat(article.get("title").asText()).isEqualTo(DeskArticles.HOSTILE_TITLE);
      assertThat(article.get("originalTitle").asText())
          .isEqualTo(DeskArticles.HOSTILE_ORIGINAL_TITLE);
      assertThat(article.get("body").get(0).asText()).isEqualTo(DeskArticles.HOSTILE_BODY);
      assertThat(article.get("url").isNull()).isTrue();
      assertThat(text).doesNotContain("<", ">", "javascript:");
    }
  }

  @Nested
  class Headers {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "/,                         200",
      "/articles/1,               200",
      "/articles/999999,          404",
      "/articles/abc,             404",
      "/no/such/page,             404",
      "/?page=0,                  400",
      "/tags/no-such-tag,         404",
      "/search?q=Altman,          200",
      "/feed.atom,                200",
      "/feed.rss,                 200",
      "/feed.json,                200",
      "/api/articles,             200",
      "/api/articles/abc,         400",
      "/api/articles/999999,      404",
      "/api/articles?limit=0,     400",
      "/static/site.css,          200",
      "/static/no-such.css,       404",
    })
    void everyResponseCarriesTheSecurityHeaders(String path, int status) {
      HttpResponse<String> response = desk.get(path);

      assertThat(response.statusCode()).isEqualTo(status);
      assertSecurityHeaders(response);
    }

    @Test
    void anOverlongSearchIsA400WithTheHeaders() {
      HttpResponse<String> response = desk.get("/search?q=" + "z".repeat(500));

      assertThat(response.statusCode()).isEqualTo(400);
      assertSecurityHeaders(response);
    }

    @Test
    void aServerErrorIsAPageWithTheHeadersAndNoStackTrace(@TempDir Path broken) throws Exception {
      ArticleStore store = SqliteArticleStore.open(broken.resolve("data"));
      try (SearchIndex index = LuceneSearchIndex.open(broken.resolve("index"));
          NewsSite site =
              new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0)) {
        store.close(); // every query now fails: a real server-side error, no mock

        HttpResponse<String> page = desk.get(site, "/");
        HttpResponse<String> api = desk.get(site, "/api/articles");

        assertThat(page.statusCode()).isEqualTo(500);
        assertSecurityHeaders(page);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1").text())
            .isEqualTo("Something went wrong");
        assertThat(page.body()).doesNotContain("Exception", "at dev.newsbridge", "sqlite");
        assertThat(api.statusCode()).isEqualTo(500);
        assertSecurityHeaders(api);
        assertThat(FeedDocuments.json(api.body()).get("error").asText()).isNotBlank();
      }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /%00 HTTP/1.1"})
    void requestsJettyRefusesBeforeAnyRouteStillGetTheHeaders(String requestLine)
        throws IOException {
      String response = rawExchange(requestLine + "\r\nHost: x\r\nConnection: close\r\n\r\n");

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).containsIgnoringCase("Content-Security-Policy: " + CSP);
      assertThat(response).containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    private String rawExchange(String request) throws IOException {
      try (Socket socket = new Socket("127.0.0.1", desk.site().port())) {
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
    }
  }

  @Nested
  class Stylesheet {
    @Test
    void isLinkedByContentHashAndCachedForAYear() {
      String href =
          Jsoup.parse(desk.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
      HttpResponse<String> css = desk.get(href);

      assertThat(href).matches("/static/site\\.css\\?v=[0-9a-f]{16}");
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
      assertThat(css.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(css.body()).contains(".headline");
    }

    @Test
    void aRevalidationWithTheSameEtagIsNotModified() throws Exception {
      HttpResponse<String> first = desk.get("/static/site.css");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpRequest again =
          HttpRequest.newBuilder(desk.site().url().resolve("/static/site.css"))
              .header("If-None-Match", etag)
              .build();

      HttpResponse<String> second =
          HttpClient.newHttpClient().send(again, HttpResponse.BodyHandlers.ofString());

      assertThat(second.statusCode()).isEqualTo(304);
      assertThat(second.body()).isEmpty();
    }
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void theInjectionFixtureReallyIsTheNewestArticle() {
    JsonNode newest = FeedDocuments.json(desk.get("/api/articles?limit=1").body()).get("items");

    assertThat(StreamSupport.stream(newest.spliterator(), false).map(i -> i.get("id").asLong()))
        .containsExactly(desk.id("injection"));
  }
}
