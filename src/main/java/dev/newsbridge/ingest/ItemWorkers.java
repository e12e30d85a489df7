package dev.newsbridge.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Prepares a source's items (fetch, extract, translate, tag) on a bounded pool of worker threads
 * and hands the results back to the calling thread <em>in the order given</em>, so the one writer
 * (store and index) stays on one thread and items are stored in feed order. At most {@code 2 x
 * workers} items (plus one batch, see {@link #runBatched}) are in flight, so memory stays bounded whatever the feed's length. With one worker
 * everything runs on the calling thread. Per-host politeness is unchanged: the fetcher lets one
 * request at a time reach a host, whichever worker asks.
 */
final class ItemWorkers implements AutoCloseable {
  /** How long an idle worker thread lives, in seconds. */
  static final int IDLE_SECONDS = 30;

  private final int workers;
  private final ExecutorService pool;

  ItemWorkers(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    this.workers = workers;
    this.pool = workers == 1 ? null : pool(workers);
  }

  /** Runs every task, passing each result to {@code inOrder} on this thread, in task order. */
  <T> void run(Iterator<Supplier<T>> tasks, Consumer<T> inOrder) {
    runBatched(tasks, batch -> batch.forEach(inOrder), 1);
  }

  /**
   * Runs every task, passing the results to {@code inOrder} on this thread, in task order, in
   * batches of up to {@code maxBatch}: the next result, waited for, plus those right behind it
   * that are already done. So batches grow only while the calling thread is the bottleneck, and
   * no result waits for a later one. With one worker every batch holds one result.
   */
  <T> void runBatched(Iterator<Supplier<T>> tasks, Consumer<List<T>> inOrder, int maxBatch) {
    if (pool == null) {
      tasks.forEachRemaining(task -> inOrder.accept(List.of(task.get())));
      return;
    }
    Deque<Future<T>> inFlight = new ArrayDeque<>();
    while (tasks.hasNext() || !inFlight.isEmpty()) {
      while (tasks.hasNext() && inFlight.size() < 2 * workers + maxBatch) {
        Supplier<T> task = tasks.next();
        inFlight.add(pool.submit(task::get));
      }
      List<T> batch = new ArrayList<>();
      batch.add(await(inFlight.removeFirst()));
      while (batch.size() < maxBatch && !inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
        batch.add(await(inFlight.removeFirst()));
      }
      inOrder.accept(batch);
    }
  }

  /** Daemon threads that end after {@value #IDLE_SECONDS} s idle, so an idle desk holds none. */
  private static ExecutorService pool(int workers) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ingest-worker");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ingesting", e);
    } catch (ExecutionException e) {
      // Tasks catch their own failures; anything else is a bug worth surfacing.
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
