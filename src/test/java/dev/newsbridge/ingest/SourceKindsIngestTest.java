package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.source.SourceKind;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pass over a JSON Feed, a sitemap and an HTML listing stores the article each one lists. */
class SourceKindsIngestTest {
  @TempDir Path data;

  @Test
  void everySourceKindFeedsThePipeline() {
    byte[] page = fixture("article-page.html");
    try (LoopbackServer server = LoopbackServer.start();
        SqliteArticleStore store = SqliteArticleStore.open(data);
        LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("index"));
        HttpFetcher fetcher =
            new HttpFetcher(
                FetchPolicy.defaults()
                    .withAllowPrivateHosts(true)
                    .withObeyRobots(false)
                    .withMinDelayPerHost(Duration.ZERO))) {
      String base = server.url("").toString().replaceAll("/$", "");
      server
          .serve("/feed.json", "application/json", fixture("feed-template.json"))
          .serve(
              "/sitemap.xml",
              "text/xml",
              new String(fixture("sitemap-template.xml"), StandardCharsets.UTF_8)
                  .replace("BASE", base)
                  .getBytes(StandardCharsets.UTF_8))
          .serve("/city/", "text/html; charset=utf-8", fixture("section-page.html"))
          .serve("/json/2026/11/21/new-route.html", "text/html; charset=utf-8", page)
          .serve("/sitemap/2026/11/21/new-route.html", "text/html; charset=utf-8", page)
          .serve("/listing/2026/11/21/new-route.html", "text/html; charset=utf-8", page);
      store.addSource("JSON", server.url("/feed.json"), "zh", true, SourceKind.JSON_FEED);
      store.addSource("Sitemap", server.url("/sitemap.xml"), "zh", true, SourceKind.SITEMAP);
      store.addSource("Listing", server.url("/city/"), "zh", true, SourceKind.HTML_LISTING);
      Stages stages =
          TestStages.offline();

      IngestReport report =
          new IngestPipeline(store, index, s -> fetcher, stages, InstantSource.system())
              .ingestAll(IngestListener.SILENT);

      assertThat(report.failedSources()).isZero();
      assertThat(report.stored()).isEqualTo(3);
      for (String path :
          new String[] {
            "/json/2026/11/21/new-route.html",
            "/sitemap/2026/11/21/new-route.html",
            "/listing/2026/11/21/new-route.html"
          }) {
        assertThat(store.containsUrl(URI.create(base + path))).as(path).isTrue();
      }
    }
  }

  static byte[] fixture(String name) {
    try (InputStream in = SourceKindsIngestTest.class.getResourceAsStream("source-kinds/" + name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
