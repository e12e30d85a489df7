package dev.newsbridge.cli;

import dev.newsbridge.ingest.IngestScheduler;
import dev.newsbridge.ingest.RefreshPolicy;
import dev.newsbridge.web.NewsSite;
import java.io.PrintStream;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the site until Ctrl-C, ingesting meanwhile with the {@link IngestScheduler} (each source
 * on its own adaptive interval, at least {@code minInterval} apart). Shutting
 * down stops ingest first, then the web server, then closes the index and the database, so
 * nothing is cut mid-write.
 */
final class SiteRunner {
  private final Desk desk;
  private final NewsSite site;
  private final PrintStream out;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private IngestScheduler scheduler;

  SiteRunner(Desk desk, NewsSite site, PrintStream out) {
    this.desk = desk;
    this.site = site;
    this.out = out;
  }

  /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM). */
  void runUntilStopped(Duration minInterval) throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "newsbridge-shutdown"));
    if (!minInterval.isZero()) {
      RefreshPolicy defaults = RefreshPolicy.defaults();
      Duration max = minInterval.compareTo(defaults.maxInterval()) > 0 ? minInterval : defaults.maxInterval();
      Duration maxBackoff = max.compareTo(defaults.maxBackoff()) > 0 ? max : defaults.maxBackoff();
      RefreshPolicy policy =
          new RefreshPolicy(minInterval, max, defaults.errorsBeforeBackoff(), maxBackoff);
      scheduler =
          new IngestScheduler(
              desk.pipeline(), desk.store(), policy, InstantSource.system(), new ConsoleProgress(out));
      scheduler.start(Duration.ofSeconds(IngestScheduler.DEFAULT_TICK_SECONDS));
      out.printf(
          "Ingesting each source as often as it publishes: every %s to %s.%n",
          describe(minInterval), describe(max));
    }
    out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private void stop() {
    out.println("\nStopping ...");
    if (scheduler != null) {
      scheduler.close();
    }
    site.close();
    desk.close();
    out.println("Stopped cleanly.");
    stopped.countDown();
  }

  private static String describe(Duration d) {
    if (d.toHours() > 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return d.toHours() + " h";
    }
    return d.toMinutes() > 0 && d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }
}
