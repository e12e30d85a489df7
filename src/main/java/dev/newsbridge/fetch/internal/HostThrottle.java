package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request at a time to a host, and at least {@code minDelay}
 * between the end of one and the start of the next (Nutch's {@code fetcher.server.delay} model).
 * Hosts are keyed by name, not port or scheme: it is the server we are being polite to.
 *
 * <p>One small entry per host ever contacted is kept; a news desk follows hundreds of hosts, not
 * millions.
 */
public final class HostThrottle {

  /** Waits; injected so tests can advance a fake clock instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** The work done while holding a host's turn. */
  @FunctionalInterface
  public interface Request<T> {
    T run() throws FetchException;
  }

  private static final class HostTurn {
    final ReentrantLock lock = new ReentrantLock(true);
    Instant notBefore = Instant.MIN;
  }

  private final Duration minDelay;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final ConcurrentMap<String, HostTurn> turns = new ConcurrentHashMap<>();

  public HostThrottle(Duration minDelay, InstantSource clock, Sleeper sleeper) {
    this.minDelay = minDelay;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Runs {@code request} to {@code url}'s host when it is this caller's polite turn. */
  public <T> T run(URI url, Request<T> request) throws FetchException {
    return run(url, Duration.ZERO, request);
  }

  /**
   * As {@link #run(URI, Request)}, waiting at least {@code hostDelay} (a robots.txt {@code
   * Crawl-delay}) instead of {@code minDelay} when it is longer.
   */
  public <T> T run(URI url, Duration hostDelay, Request<T> request) throws FetchException {
    Duration delay = hostDelay.compareTo(minDelay) > 0 ? hostDelay : minDelay;
    HostTurn turn =
        turns.computeIfAbsent(url.getHost().toLowerCase(Locale.ROOT), h -> new HostTurn());
    try {
      turn.lock.lockInterruptibly();
    } catch (InterruptedException e) {
      throw interrupted(url, e);
    }
    try {
      waitUntil(url, turn.notBefore);
      return request.run();
    } finally {
      turn.notBefore = clock.instant().plus(delay);
      turn.lock.unlock();
    }
  }

  private void waitUntil(URI url, Instant notBefore) throws FetchException {
    Duration wait = Duration.between(clock.instant(), notBefore);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      throw interrupted(url, e);
    }
  }

  private static FetchException interrupted(URI url, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new FetchException(url, 0, null, "interrupted while waiting for the host's turn", e);
  }
}
