package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.testing.LoopbackServer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server without ETag or Last-Modified: an unchanged feed is recognised by its hash. */
class ContentHashFallbackTest {
  static final String FEED =
      "<rss version=\"2.0\"><channel><title>No validators</title>"
          + "<item><title>旧闻</title><link>/gone.html</link></item>%s</channel></rss>";

  @TempDir Path data;

  @Test
  void anUnchangedFeedIsNotReadAgainAndAChangedOneIs() {
    AtomicReference<String> feed = new AtomicReference<>(FEED.formatted(""));
    try (LoopbackServer server = LoopbackServer.start();
        SqliteArticleStore store = SqliteArticleStore.open(data);
        LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("index"));
        HttpFetcher fetcher =
            new HttpFetcher(
                FetchPolicy.defaults()
                    .withAllowPrivateHosts(true)
                    .withObeyRobots(false)
                    .withMinDelayPerHost(Duration.ZERO))) {
      server.route(
          "/feed.xml",
          exchange -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.route("/gone.html", exchange -> exchange.sendResponseHeaders(410, -1));
      server.route("/new.html", exchange -> exchange.sendResponseHeaders(404, -1));
      store.addSource("No validators", server.url("/feed.xml"), "zh", true);
      Stages stages =
          TestStages.offline();
      IngestPipeline pipeline =
          new IngestPipeline(store, index, s -> fetcher, stages, InstantSource.system());

      IngestReport first = pipeline.ingestAll(IngestListener.SILENT);
      IngestReport same = pipeline.ingestAll(IngestListener.SILENT);
      feed.set(FEED.formatted("<item><title>新闻</title><link>/new.html</link></item>"));
      IngestReport changed = pipeline.ingestAll(IngestListener.SILENT);

      assertThat(first.unchangedSources()).isZero();
      assertThat(same.unchangedSources()).isEqualTo(1);
      assertThat(changed.unchangedSources()).isZero();
      // The failed item is still retried on the unchanged pass: nothing is lost.
      assertThat(server.requests().stream().filter("/gone.html"::equals)).hasSize(3);
      assertThat(server.requests()).contains("/new.html");
    }
  }
}
