package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve scheduler on a fake clock: who is due, and when each source is visited next. */
class IngestSchedulerTest {
  static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
  static final byte[] EMPTY_FEED =
      "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path data;
  final MutableClock clock = new MutableClock(T0);
  final AtomicInteger busyAnswers = new AtomicInteger();
  LoopbackServer server;
  SqliteArticleStore store;
  LuceneSearchIndex index;
  HttpFetcher fetcher;
  IngestScheduler scheduler;

  @BeforeEach
  void start() {
    server =
        LoopbackServer.start()
            .serve("/quiet.xml", "application/rss+xml", EMPTY_FEED)
            .route("/gone.xml", exchange -> exchange.sendResponseHeaders(404, -1))
            .route(
                "/busy.xml",
                exchange -> {
                  busyAnswers.incrementAndGet();
                  exchange.getResponseHeaders().set("Retry-After", "120");
                  exchange.sendResponseHeaders(503, -1);
                });
    store = SqliteArticleStore.open(data, clock);
    index = LuceneSearchIndex.open(data.resolve("index"));
    fetcher =
        new HttpFetcher(
            FetchPolicy.defaults()
                .withAllowPrivateHosts(true)
                .withObeyRobots(false)
                .withMinDelayPerHost(Duration.ZERO));
    Stages stages =
        TestStages.offline();
    IngestPipeline pipeline = new IngestPipeline(store, index, s -> fetcher, stages, clock);
    scheduler =
        new IngestScheduler(
            pipeline, store, RefreshPolicy.defaults(), clock, IngestListener.SILENT);
  }

  @AfterEach
  void stop() {
    scheduler.close();
    fetcher.close();
    index.close();
    store.close();
    server.close();
  }

  @Test
  void aNewSourceIsDueAtOnceAndAQuietOneIsPlannedTheLongestIntervalAhead() {
    Source quiet = store.addSource("Quiet", server.url("/quiet.xml"), "zh", true);

    IngestReport report = scheduler.runDue();

    assertThat(report.sources()).isEqualTo(1);
    assertThat(health(quiet).nextAttemptAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
    assertThat(health(quiet).articlesPerDay()).isZero();
  }

  @Test
  void aSourceIsNotVisitedBeforeItsNextAttempt() {
    Source quiet = store.addSource("Quiet", server.url("/quiet.xml"), "zh", true);
    scheduler.runDue();

    clock.advance(Duration.ofHours(5));
    assertThat(scheduler.runDue().sources()).isZero();

    clock.advance(Duration.ofHours(1));
    assertThat(scheduler.runDue().sources()).isEqualTo(1);
    assertThat(health(quiet).lastSuccessAt()).isEqualTo(T0.plus(Duration.ofHours(6)));
  }

  @Test
  void retryAfterOnA503IsTheNextAttempt() {
    Source busy = store.addSource("Busy", server.url("/busy.xml"), "zh", true);
    scheduler.runDue();

    assertThat(health(busy).nextAttemptAt()).isEqualTo(T0.plusSeconds(120));
    clock.advance(Duration.ofSeconds(119));
    scheduler.runDue();
    assertThat(busyAnswers).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    scheduler.runDue();
    assertThat(busyAnswers).hasValue(2);
  }

  @Test
  void repeatedFailuresBackOffDoublingFromTheThirdAndAreRecordedOnTheSource() {
    Source gone = store.addSource("Gone", server.url("/gone.xml"), "zh", true);
    long[] expectedWaitMinutes = {10, 10, 20, 40, 80};

    for (long minutes : expectedWaitMinutes) {
      scheduler.runDue();
      Instant planned = health(gone).nextAttemptAt();
      assertThat(planned).isEqualTo(clock.instant().plus(Duration.ofMinutes(minutes)));
      clock.set(planned);
    }

    assertThat(health(gone).errorCount()).isEqualTo(5);
    assertThat(health(gone).lastError()).contains("HTTP 404");
  }

  @Test
  void theMostOverdueSourceComesFirst() {
    Source a = store.addSource("A", server.url("/quiet.xml"), "zh", true);
    Source b = store.addSource("B", server.url("/gone.xml"), "zh", true);
    store.scheduleSource(a.id(), T0.minusSeconds(10));
    store.scheduleSource(b.id(), T0.minusSeconds(60));

    assertThat(scheduler.dueSources(T0)).extracting(Source::name).containsExactly("B", "A");
  }

  private SourceHealth health(Source source) {
    return store.source(source.id()).orElseThrow().health();
  }

  static final class MutableClock implements InstantSource {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    void set(Instant t) {
      now = t;
    }
  }
}
