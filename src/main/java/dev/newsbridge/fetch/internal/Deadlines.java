package dev.newsbridge.fetch.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Total deadlines for HTTP exchanges. Socket timeouts bound each read, so a server sending one byte
 * every few seconds would never trip them; a deadline cancels the whole exchange (HttpClient then
 * closes the socket under the blocked read). One daemon timer thread per fetcher.
 */
public final class Deadlines implements AutoCloseable {

  /** One running deadline; close it when the exchange ends in time. */
  public static final class Deadline implements AutoCloseable {
    private final AtomicBoolean expired = new AtomicBoolean();
    private volatile ScheduledFuture<?> timer;

    /** Whether the deadline passed and the exchange was cancelled. */
    public boolean expired() {
      return expired.get();
    }

    @Override
    public void close() {
      timer.cancel(false);
    }
  }

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "newsbridge-fetch-deadline");
            thread.setDaemon(true);
            return thread;
          });

  /** Starts a deadline that cancels {@code exchange} after {@code limit}. */
  public Deadline start(Cancellable exchange, Duration limit) {
    Deadline deadline = new Deadline();
    deadline.timer =
        scheduler.schedule(
            () -> {
              deadline.expired.set(true);
              exchange.cancel();
            },
            limit.toNanos(),
            TimeUnit.NANOSECONDS);
    return deadline;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
