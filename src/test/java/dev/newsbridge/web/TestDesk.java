package dev.newsbridge.web;

import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seeded news desk for the web tests: the real SQLite store and search index in a temporary
 * directory, filled with {@link DeskArticles}, and a site started on loopback at a free port. A
 * test class gets one for all its tests with a {@link SeededDesk} field.
 */
final class TestDesk implements AutoCloseable {
  static final Instant LAST_SUCCESS = Instant.parse("2023-11-21T04:00:00Z");
  static final Instant LAST_FAILURE = Instant.parse("2023-11-21T05:00:00Z");
  static final String FAILURE = "HTTP 503 from https://daily.demo.example/feed.xml";

  final ArticleStore store;
  final SearchIndex index;
  final Source thePaper;
  final Source demoDaily;
  private final Map<String, Long> ids = new LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private NewsSite site;

  private TestDesk(Path dir) {
    store = SqliteArticleStore.open(dir.resolve("data"));
    index = LuceneSearchIndex.open(dir.resolve("index"));
    thePaper =
        store.addSource(
            "The Paper", URI.create("https://www.thepaper.example/rss.xml"), "zh", false);
    demoDaily = store.addSource("Demo Daily", URI.create("javascript:alert('feed')"), "zh", false);
  }

  /** Seeds every {@link DeskArticles} article, records source health, and starts a site. */
  static TestDesk open(Path dir, SiteSettings settings) {
    TestDesk desk = new TestDesk(dir);
    desk.seed();
    desk.startSite(settings);
    return desk;
  }

  private void seed() {
    save("summit", DeskArticles.summitPending(thePaper.id()));
    save("board", DeskArticles.board(thePaper.id()));
    save("interview", DeskArticles.interview(demoDaily.id()));
    save("hires", DeskArticles.hires(thePaper.id()));
    save("injection", DeskArticles.injection(demoDaily.id()));
    index.commit();
    store.recordSourceSuccess(thePaper.id(), LAST_SUCCESS);
    store.recordSourceSuccess(demoDaily.id(), LAST_SUCCESS);
    store.recordSourceFailure(demoDaily.id(), FAILURE, LAST_FAILURE);
    store.recordSourceFailure(demoDaily.id(), FAILURE, LAST_FAILURE.plusSeconds(60));
  }

  private void save(String key, NewArticle article) {
    long id = store.save(article);
    index.index(store.article(id).orElseThrow());
    ids.put(key, id);
  }

  /** Starts (another) site over the same store and index; the previous one is closed. */
  NewsSite startSite(SiteSettings settings) {
    if (site != null) {
      site.close();
    }
    site = new NewsSite(store, index, settings).start("127.0.0.1", 0);
    return site;
  }

  NewsSite site() {
    return site;
  }

  /** The id of a seeded article: "summit", "board", "interview", "hires" or "injection". */
  long id(String key) {
    return ids.get(key);
  }

  String articlePath(String key) {
    return "/articles/" + id(key);
  }

  /** GET {@code path} (with query) from the running site. */
  HttpResponse<String> get(String path) {
    return get(site, path);
  }

  /** GET {@code path} (with query) from {@code other}. */
  HttpResponse<String> get(NewsSite other, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(other.url().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (site != null) {
      site.close();
    }
    index.close();
    store.close();
  }
}
