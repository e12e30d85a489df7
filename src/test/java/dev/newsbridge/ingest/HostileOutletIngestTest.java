package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.FailedItem;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlet whose pages attack the pipeline: script injection, a 50 MB page, a GBK page labelled
 * UTF-8, a javascript: link and a dead link. Each bad item fails alone with a clear reason recorded
 * on it; the good ones are stored; the pass goes on to the end.
 */
class HostileOutletIngestTest {
  @TempDir static Path data;
  static LoopbackServer outlet;
  static SqliteArticleStore store;
  static LuceneSearchIndex index;
  static HttpFetcher fetcher;
  static IngestPipeline pipeline;
  static Source source;
  static IngestReport firstPass;

  @BeforeAll
  static void ingestTheHostileOutlet() {
    outlet =
        LoopbackServer.start()
            .serve("/feed.xml", "application/rss+xml", fixture("feed.xml"))
            .serve("/plain.html", "text/html; charset=utf-8", fixture("plain.html"))
            .serve("/script-injection.html", "text/html; charset=utf-8", fixture("script-injection.html"))
            .serve("/gbk-page-labelled-utf8.html", "text/html; charset=utf-8", gbkPage())
            .route("/fifty-megabytes.html", LoopbackServer.endlessHtml(50))
            .route("/missing.html", exchange -> exchange.sendResponseHeaders(404, -1))
            .serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    store = SqliteArticleStore.open(data);
    index = LuceneSearchIndex.open(data.resolve("index"));
    fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO));
    Stages stages =
        TestStages.offline();
    pipeline = new IngestPipeline(store, index, s -> fetcher, stages, InstantSource.system());
    source = store.addSource("敌意测试站", outlet.url("/feed.xml"), "zh", true);
    firstPass = pipeline.ingest(source, IngestListener.SILENT);
  }

  @AfterAll
  static void close() throws Exception {
    fetcher.close();
    index.close();
    store.close();
    outlet.close();
  }

  @Test
  void storesTheThreeReadablePagesAndFailsTheTwoBadOnes() {
    assertThat(firstPass.stored()).isEqualTo(3);
    assertThat(firstPass.failed()).isEqualTo(2);
    assertThat(firstPass.failedSources()).isZero();
  }

  @Test
  void theFiftyMegabytePageIsRefusedAtTheSizeCapAndKeptForRetry() {
    FailedItem huge = failedItem("/fifty-megabytes.html");
    assertThat(huge.error()).containsIgnoringCase("exceeds");
    assertThat(huge.attempts()).isEqualTo(1);
  }

  @Test
  void theDeadLinkIsKeptForRetryWithItsStatus() {
    assertThat(failedItem("/missing.html").error()).contains("404");
  }

  @Test
  void theJavascriptLinkIsNeverFetchedNorStored() {
    assertThat(store.failedItems()).noneMatch(f -> f.url().getScheme().startsWith("javascript"));
    assertThat(outlet.requests()).noneMatch(p -> p.contains("alert"));
  }

  @Test
  void scriptsAndHandlersAreGoneFromTheStoredBody() {
    StoredArticle injected = stored("/script-injection.html");
    String body =
        String.join("\n", injected.original().paragraphs()) + String.join("\n", injected.displayBody());
    assertThat(body).doesNotContain("<script", "alert(", "onerror", "javascript:", "display: none");
    assertThat(injected.original().paragraphs()).hasSize(3);
  }

  @Test
  void theHeadlineComesFromTheHeadingNotFromTheInjectedHtmlTitle() {
    assertThat(stored("/script-injection.html").original().title()).isEqualTo("图书馆延长开放时间");
  }

  @Test
  void theGbkPageLabelledUtf8IsDecodedAsChinese() {
    StoredArticle gbk = stored("/gbk-page-labelled-utf8.html");
    assertThat(gbk.original().title()).isEqualTo("朱镕基故居修缮完工");
    assertThat(gbk.original().paragraphs()).allMatch(p -> !p.contains("\uFFFD"));
  }

  @Test
  void theGoodPageAfterTheBadOnesIsStoredAndTranslated() {
    StoredArticle plain = stored("/plain.html");
    assertThat(plain.translation()).isNotNull();
    assertThat(plain.original().author()).isEqualTo("林晓雯");
  }

  @Test
  void aSecondPassStoresNothingTwiceAndRetriesOnlyTheFailedItems() {
    List<String> before = outlet.requests();
    IngestReport second = pipeline.ingest(source, IngestListener.SILENT);
    List<String> fetched = outlet.requests().subList(before.size(), outlet.requests().size());
    assertThat(second.stored()).isZero();
    assertThat(store.latest(100, 0).total()).isEqualTo(3);
    assertThat(fetched.stream().filter(p -> p.endsWith(".html")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("/fifty-megabytes.html", "/missing.html");
    assertThat(failedItem("/missing.html").attempts()).isGreaterThanOrEqualTo(2);
  }

  private static FailedItem failedItem(String path) {
    return store.failedItems().stream()
        .filter(f -> f.url().getPath().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failed item for " + path + ": " + store.failedItems()));
  }

  private static StoredArticle stored(String path) {
    return store.latest(100, 0).items().stream()
        .filter(a -> a.original().url().getPath().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not stored: " + path));
  }

  /** GBK bytes behind a UTF-8 label: the decoder must notice the lie. */
  private static byte[] gbkPage() {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>朱镕基故居修缮完工_测试日报</title></head><body>"
            + "<article><h1>朱镕基故居修缮完工</h1><div>2024-03-07 09:00 来源：测试日报</div>"
            + "<p>位于湖南长沙的一处名人故居修缮工程近日完工，将于下月起免费向公众开放参观。</p>"
            + "<p>修缮工作遵循修旧如旧的原则，保留了原有的木结构和青砖墙面，并增设了展陈空间。</p>"
            + "</article></body></html>";
    return html.getBytes(Charset.forName("GBK"));
  }

  private static byte[] fixture(String name) {
    try (InputStream in = HostileOutletIngestTest.class.getResourceAsStream("hostile-outlet/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
