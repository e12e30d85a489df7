package dev.newsbridge.ingest;

import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process scheduler of {@code serve}: every tick it ingests the sources that are due ({@code
 * SourceHealth.nextAttemptAt} reached or never planned), most overdue first, and plans each one's
 * next visit with a {@link RefreshPolicy} (adaptive interval, Retry-After, backoff). The plan is
 * stored on the source, so it survives restarts and shows in {@code sources list} and on the source
 * page.
 *
 * <p>Sources are ingested one at a time on one thread: at most one connection per host is then
 * guaranteed, and the fetcher adds the per-host minimum delay and robots.txt {@code Crawl-delay}
 * between requests. A failing tick is logged and the next tick goes on. {@link #runDue()} runs one
 * tick on the caller's thread, for tests with an injected clock.
 */
public final class IngestScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IngestScheduler.class);

  /** Default time between two looks for due sources, in seconds: {@value}. */
  public static final int DEFAULT_TICK_SECONDS = 5;

  private final IngestPipeline pipeline;
  private final ArticleStore store;
  private final RefreshPolicy policy;
  private final InstantSource clock;
  private final IngestListener listener;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ingest-scheduler"));

  public IngestScheduler(
      IngestPipeline pipeline,
      ArticleStore store,
      RefreshPolicy policy,
      InstantSource clock,
      IngestListener listener) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Looks for due sources every {@code tick} on a background thread until {@link #close()}. */
  public void start(Duration tick) {
    thread.scheduleWithFixedDelay(this::tickQuietly, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Ingests every due source once and plans its next visit; returns what was done. */
  public IngestReport runDue() {
    List<Source> due = dueSources(clock.instant());
    if (due.isEmpty()) {
      return IngestReport.empty();
    }
    pipeline.retryPendingTranslations();
    IngestReport total = IngestReport.empty();
    for (Source source : due) {
      if (Thread.currentThread().isInterrupted()) {
        break; // shutting down: the rest stay due and run after the restart
      }
      IngestReport report = pipeline.ingest(source, listener);
      planNextVisit(source.id(), report);
      total = total.plus(report);
    }
    return total;
  }

  /** Sources whose next attempt has come, most overdue first (never planned ones first of all). */
  List<Source> dueSources(Instant now) {
    return store.sources().stream()
        .filter(
            s -> s.health().nextAttemptAt() == null || !now.isBefore(s.health().nextAttemptAt()))
        .sorted(
            Comparator.comparing(
                s -> s.health().nextAttemptAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  private void planNextVisit(long sourceId, IngestReport report) {
    Source after = store.source(sourceId).orElse(null);
    if (after == null) {
      return; // removed meanwhile
    }
    Duration wait =
        report.failedSources() > 0
            ? policy.afterFailure(after.health().errorCount(), report.retryAfter())
            : policy.afterSuccess(after.health().articlesPerDay());
    store.scheduleSource(sourceId, clock.instant().plus(wait));
  }

  private void tickQuietly() {
    try {
      IngestReport report = runDue();
      if (report.sources() > 0) {
        log.info("scheduled ingest: {}", report);
      }
    } catch (RuntimeException e) {
      // A failed tick must not kill the scheduler; the sources stay due and the next tick retries.
      log.error("scheduled ingest failed", e);
    }
  }

  /** Stops the scheduler, letting the source in progress finish (up to 30 s). */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
