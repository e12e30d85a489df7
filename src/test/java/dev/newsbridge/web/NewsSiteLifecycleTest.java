package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Starting and stopping a site, and a site over a desk with nothing in it yet. */
class NewsSiteLifecycleTest {
  @TempDir Path dir;
  ArticleStore store;
  SearchIndex index;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void openEmptyDesk() {
    store = SqliteArticleStore.open(dir.resolve("data"));
    index = LuceneSearchIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void closeDesk() {
    index.close();
    store.close();
  }

  HttpResponse<String> send(NewsSite site, String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(site.url().resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startsOnAFreePortOfLoopbackAndGivesItsAddress() throws Exception {
    try (NewsSite site =
        new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      assertThat(site.port()).isPositive();
      assertThat(site.url()).isEqualTo(URI.create("http://127.0.0.1:" + site.port() + "/"));
      assertThat(send(site, "GET", "/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void hasNoAddressBeforeItStartsAndClosingItUnstartedIsHarmless() {
    NewsSite site = new NewsSite(store, index, SiteSettings.defaults());

    assertThatIllegalStateException().isThrownBy(site::url);
    site.close();
  }

  @Test
  void leavesTheStoreAndIndexOpenWhenItCloses() throws Exception {
    new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0).close();

    assertThat(store.latest(1, 0).total()).isZero();
    assertThat(index.indexedIds()).isEmpty();
  }

  @Test
  void anEmptyDeskSaysSoAndServesValidEmptyFeeds() throws Exception {
    try (NewsSite site =
        new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      String home = send(site, "GET", "/").body();
      Element atom = FeedDocuments.xml(send(site, "GET", "/feed.atom").body()).getDocumentElement();
      String json = send(site, "GET", "/feed.json").body();
      String api = send(site, "GET", "/api/articles").body();

      assertThat(Jsoup.parse(home).selectFirst(".empty").text()).startsWith("No articles yet");
      assertThat(FeedDocuments.children(atom, "entry")).isEmpty();
      assertThat(FeedDocuments.text(atom, "updated")).isEqualTo("1970-01-01T00:00:00Z");
      assertThat(FeedDocuments.json(json).get("items")).isEmpty();
      assertThat(api).isEqualTo("{\"items\":[],\"total\":0}");
    }
  }

  @Test
  void answersHeadLikeGetWithoutABody() throws Exception {
    try (NewsSite site =
        new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      HttpResponse<String> head = send(site, "HEAD", "/feed.atom");
      HttpResponse<String> missing = send(site, "HEAD", "/articles/1");

      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Type"))
          .hasValue("application/atom+xml; charset=utf-8");
      assertThat(head.body()).isEmpty();
      assertThat(missing.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void refusesToChangeAnything() throws Exception {
    try (NewsSite site =
        new NewsSite(store, index, SiteSettings.defaults()).start("127.0.0.1", 0)) {
      HttpResponse<String> post = send(site, "POST", "/api/articles");
      HttpResponse<String> delete = send(site, "DELETE", "/articles/1");

      assertThat(post.statusCode()).isEqualTo(404);
      assertThat(FeedDocuments.json(post.body()).get("error").asText()).isNotBlank();
      assertThat(delete.statusCode()).isEqualTo(404);
    }
  }
}
