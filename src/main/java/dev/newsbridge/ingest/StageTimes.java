package dev.newsbridge.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each pipeline stage, summed over every article since the last {@link #reset()}: for
 * {@code bench ingest} and operators. Measured with {@link System#nanoTime()} (elapsed time, not
 * the wall clock). When articles are processed on several threads the sums add up the threads' time
 * and can exceed the wall time. Thread-safe.
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

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
    }
  }

  /** Starts timing; pass the result to {@link #stop}. */
  static long start() {
    return System.nanoTime();
  }

  void stop(Stage stage, long startedAt) {
    nanos.get(stage).add(System.nanoTime() - startedAt);
  }

  /** The time per stage so far, in pipeline order. */
  public Map<Stage, Duration> snapshot() {
    Map<Stage, Duration> copy = new EnumMap<>(Stage.class);
    nanos.forEach((stage, sum) -> copy.put(stage, Duration.ofNanos(sum.sum())));
    return copy;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}
