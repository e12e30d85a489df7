package dev.newsbridge.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each pipeline stage, summed over every article since the last {@link #reset()}: for
 * {@code bench ingest} and operators. Measured with {@link System#nanoTime()} (elapsed time, not
 * the wall clock) and as the measuring thread's CPU time ({@link ThreadMXBean}, where the JVM
 * supports it; zero otherwise): on a shared, loaded machine elapsed time includes waiting for a
 * core, CPU time does not. When articles are processed on several threads the sums add up the
 * threads' time and can exceed the wall time. Thread-safe.
 */
public final class StageTimes {

  /** The measured stages, in pipeline order. */
  public enum Stage {
    FETCH,
    EXTRACT,
    LANGUAGE,
    TRANSLATE,
    TAG,
    STORE,
    INDEX
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
  // Stages never nest on one thread, so one start value per thread is enough.
  private static final ThreadLocal<long[]> CPU_START = ThreadLocal.withInitial(() -> new long[1]);

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> cpuNanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
      cpuNanos.put(stage, new LongAdder());
    }
  }

  /** Starts timing on this thread; pass the result to {@link #stop} on the same thread. */
  static long start() {
    CPU_START.get()[0] = cpuNow();
    return System.nanoTime();
  }

  void stop(Stage stage, long startedAt) {
    nanos.get(stage).add(System.nanoTime() - startedAt);
    cpuNanos.get(stage).add(cpuNow() - CPU_START.get()[0]);
  }

  /** The elapsed time per stage so far, in pipeline order. */
  public Map<Stage, Duration> snapshot() {
    return copy(nanos);
  }

  /** The CPU time per stage so far, in pipeline order (zeros where CPU time is unsupported). */
  public Map<Stage, Duration> cpuSnapshot() {
    return copy(cpuNanos);
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
    cpuNanos.values().forEach(LongAdder::reset);
  }

  private static Map<Stage, Duration> copy(Map<Stage, LongAdder> sums) {
    Map<Stage, Duration> copy = new EnumMap<>(Stage.class);
    sums.forEach((stage, sum) -> copy.put(stage, Duration.ofNanos(sum.sum())));
    return copy;
  }

  private static long cpuNow() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
  }
}
