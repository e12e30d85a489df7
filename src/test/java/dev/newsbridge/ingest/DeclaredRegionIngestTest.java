package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlet declared with a region (zh-TW) has its people's names spelled as that region does,
 * even in a Simplified-character edition; its articles keep the primary language tag (zh).
 */
class DeclaredRegionIngestTest {
  private static final String FIXTURES = "declared-region/";

  @TempDir Path data;
  LoopbackServer server;
  SqliteArticleStore store;
  LuceneSearchIndex index;
  HttpFetcher fetcher;
  IngestPipeline pipeline;

  @BeforeEach
  void open() {
    server = LoopbackServer.start();
    store = SqliteArticleStore.open(data);
    index = LuceneSearchIndex.open(data.resolve("index"));
    fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivateHosts(true)
        .withObeyRobots(false).withMinDelayPerHost(Duration.ZERO));
    pipeline = new IngestPipeline(store, index, s -> fetcher, TestStages.offline(),
        InstantSource.fixed(Instant.parse("2024-03-29T03:00:00Z")));
  }

  @AfterEach
  void close() {
    fetcher.close();
    index.close();
    store.close();
    server.close();
  }

  @Test
  void aTaiwanOutletsSimplifiedEditionNamesItsCouncillorAsTaiwanDoes() {
    String base = server.url("").toString().replaceAll("/$", "");
    server.serve("/feed.xml", "application/rss+xml",
            new String(fixture("taipei-outlet-feed-template.xml"), StandardCharsets.UTF_8)
                .replace("BASE", base).getBytes(StandardCharsets.UTF_8))
        .serve("/city/renewal-subsidy.html", "text/html; charset=utf-8",
            fixture("simplified-page-naming-a-taipei-councillor.html"));
    store.addSource("北港日报简体版", server.url("/feed.xml"), "zh-TW", true);

    pipeline.ingestAll(IngestListener.SILENT);

    StoredArticle article = store.latest(1, 0).items().get(0);
    assertThat(article.language()).isEqualTo("zh");
    assertThat(String.join("\n", article.translation().paragraphs()))
        .contains("Chen Hsiao-ming").doesNotContain("Xiaoming");
  }

  @Test
  void soDoesAPendingTranslationMadeLater() {
    Source source = store.addSource("北港日报简体版", URI.create("https://beigang.example/rss"),
        "zh-TW", false);
    ExtractedArticle original = new ExtractedArticle(
        URI.create("https://beigang.example/city/renewal-subsidy"), "台北市议会通过老旧公寓更新补助案",
        null, "北港日报简体版", OffsetDateTime.parse("2024-03-29T10:05:00+08:00"),
        List.of("提案的市议员陈晓明表示，补助案通过后市府应尽快公布细则。"), "UTF-8", List.of());
    long id =
        store.save(new NewArticle(source.id(), "zh", original, null, List.of(), Instant.EPOCH));

    pipeline.retryPendingTranslations();

    assertThat(store.article(id).orElseThrow().translation().paragraphs().get(0))
        .contains("Chen Hsiao-ming");
  }

  private static byte[] fixture(String name) {
    try (InputStream in = DeclaredRegionIngestTest.class.getResourceAsStream(FIXTURES + name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
