package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Items prepared on workers come back on the caller's thread, in the order given. */
class ItemWorkersTest {

  @ParameterizedTest(name = "{0} worker(s)")
  @ValueSource(ints = {1, 3})
  void resultsArriveOnTheCallingThreadInTaskOrderWithABoundedWindow(int workers) {
    Thread caller = Thread.currentThread();
    List<Integer> received = new ArrayList<>();
    ConcurrentHashMap<Integer, Integer> startedBeforeReceived = new ConcurrentHashMap<>();
    List<Supplier<Integer>> tasks =
        IntStream.range(0, 40)
            .<Supplier<Integer>>mapToObj(
                i ->
                    () -> {
                      startedBeforeReceived.put(i, received.size());
                      sleepUpTo(3);
                      return i;
                    })
            .toList();

    try (ItemWorkers pool = new ItemWorkers(workers)) {
      pool.run(
          tasks.iterator(),
          result -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            received.add(result);
          });
    }

    assertThat(received).containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
    // A task starts at most 2 x workers ahead of the results handed back.
    startedBeforeReceived.forEach(
        (task, handedBack) -> assertThat(task - handedBack).isLessThanOrEqualTo(2 * workers));
  }

  @ParameterizedTest(name = "{0} worker(s)")
  @ValueSource(ints = {1, 2})
  void aSlowCallerGetsResultsInBatchesNoLargerThanTheLimitAndStillInTaskOrder(int workers) {
    List<Integer> received = new ArrayList<>();
    List<Integer> batchSizes = new ArrayList<>();
    List<Supplier<Integer>> tasks =
        IntStream.range(0, 60).<Supplier<Integer>>mapToObj(i -> () -> i).toList();

    try (ItemWorkers pool = new ItemWorkers(workers)) {
      pool.runBatched(
          tasks.iterator(),
          batch -> {
            batchSizes.add(batch.size());
            received.addAll(batch);
            sleep(3); // the one writer is the bottleneck: finished results queue up
          },
          5);
    }

    assertThat(received).containsExactlyElementsOf(IntStream.range(0, 60).boxed().toList());
    assertThat(batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 5));
    if (workers == 1) {
      assertThat(batchSizes).containsOnly(1);
    } else {
      assertThat(batchSizes).anySatisfy(size -> assertThat(size).isGreaterThan(1));
    }
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepUpTo(int millis) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
