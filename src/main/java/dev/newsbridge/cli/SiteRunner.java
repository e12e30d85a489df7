package dev.newsbridge.cli;

import dev.newsbridge.ingest.IngestReport;
import dev.newsbridge.web.NewsSite;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the site until Ctrl-C, ingesting every source at a fixed interval meanwhile. Shutting
 * down stops ingest first, then the web server, then closes the index and the database, so
 * nothing is cut mid-write.
 */
final class SiteRunner {
  private final Desk desk;
  private final NewsSite site;
  private final PrintStream out;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ingest-scheduler"));

  SiteRunner(Desk desk, NewsSite site, PrintStream out) {
    this.desk = desk;
    this.site = site;
    this.out = out;
  }

  /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
  void runUntilStopped(Duration refreshInterval) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "newsbridge-shutdown"));
    if (!refreshInterval.isZero()) {
      long seconds = refreshInterval.toSeconds();
      scheduler.scheduleWithFixedDelay(this::ingestQuietly, seconds, seconds, TimeUnit.SECONDS);
      out.printf("Ingesting every source every %s.%n", describe(refreshInterval));
    }
    out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private void ingestQuietly() {
    try {
      IngestReport report = desk.pipeline().ingestAll(new ConsoleProgress(out));
      out.println("Ingest pass done: " + report);
    } catch (RuntimeException e) {
      // A failed pass must not kill the scheduler; the next pass tries again.
      out.println("Ingest pass failed: " + e);
    }
  }

  private void stop() {
    out.println("\nStopping ...");
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    site.close();
    desk.close();
    out.println("Stopped cleanly.");
    stopped.countDown();
  }

  private static String describe(Duration d) {
    return d.toMinutes() > 0 && d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }
}
