package dev.newsbridge.story.bench;

import dev.newsbridge.story.StoryArticle;
import dev.newsbridge.story.StoryClusterer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A full window of synthetic articles for timing one assignment: each synthetic article is a
 * headline and {@value #SENTENCES} sentences drawn at random (fixed seed) from the corpus's own
 * sentences, so term frequencies look like real news while no two articles tell one story. The
 * articles are spread evenly over the clusterer's window; then real corpus articles, dated at the
 * window's end, are assigned one by one and timed, in the assigning thread's CPU time (what one
 * assignment costs, whatever else the machine is doing) and in wall time. Everything stays in
 * memory. The heap the clusterer keeps is measured after a full collection at half and at full
 * window, to show that memory grows linearly with the window.
 */
final class SyntheticWindow {
  /** Sentences per synthetic article: {@value}. */
  static final int SENTENCES = 6;

  /** Real articles timed against the full window: {@value}. */
  static final int TIMED = 300;

  private final List<CorpusArticle> corpus;
  private final List<String> sentences = new ArrayList<>();
  private long halfHeap;
  private long fullHeap;

  SyntheticWindow(List<CorpusArticle> corpus) {
    this.corpus = corpus;
    for (CorpusArticle a : corpus) {
      for (String p : a.article().paragraphs()) {
        for (String s : p.split("(?<=[。！？!?])")) {
          if (s.length() >= 8) {
            sentences.add(s);
          }
        }
      }
    }
  }

  StoryBench.Timing time(int size) {
    Random random = new Random(20261127L);
    Map<Long, String> texts = new HashMap<>();
    StoryClusterer clusterer = new StoryClusterer(texts::get);
    long windowSeconds = StoryClusterer.DEFAULT_WINDOW_DAYS * 86_400L;
    Instant end = Instant.parse("2030-01-01T00:00:00Z");
    List<StoryArticle> window = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Instant at = end.minusSeconds(windowSeconds - windowSeconds * i / size);
      StoryArticle a = synthetic(1_000_000_000L + i, at, random);
      texts.put(a.id(), StoryBench.fullText(a));
      window.add(a);
    }
    // The articles and their texts exist before the clusterer sees them (on the site they live in
    // the store), so the heap growth while filling is what the clusterer itself keeps.
    long before = usedHeapAfterGc();
    for (int i = 0; i < size; i++) {
      StoryArticle a = window.get(i);
      clusterer.restore(a, a.id(), a.id(), 0); // filling the window; only the real ones are timed
      if (i + 1 == size / 2) {
        halfHeap = usedHeapAfterGc() - before;
      }
    }
    fullHeap = usedHeapAfterGc() - before;
    window.clear();
    int timed = Math.min(TIMED, corpus.size());
    double[] ms = new double[timed];
    double[] cpuMs = new double[timed];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < timed; i++) {
      StoryArticle real = corpus.get(i * corpus.size() / timed).article();
      StoryArticle now =
          new StoryArticle(
              2_000_000_000L + i, end, real.language(), real.title(), real.paragraphs(),
              real.englishTitle(), real.englishParagraphs(), real.entities(), real.outlet());
      texts.put(now.id(), StoryBench.fullText(now));
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      clusterer.assign(now);
      ms[i] = (System.nanoTime() - start) / 1e6;
      cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }
    java.util.Arrays.sort(ms);
    java.util.Arrays.sort(cpuMs);
    int p99 = Math.min(timed - 1, (int) (timed * 0.99));
    return new StoryBench.Timing(
        clusterer.windowSize(), timed, mean(cpuMs), cpuMs[p99], mean(ms), ms[p99],
        mb(halfHeap), mb(fullHeap));
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /** Heap in use after a full collection (two, so that finalisable garbage goes too). */
  private static long usedHeapAfterGc() {
    java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double mean(double[] values) {
    return java.util.Arrays.stream(values).average().orElse(0);
  }

  private StoryArticle synthetic(long id, Instant at, Random random) {
    String title = pick(random);
    title = title.substring(0, Math.min(title.length(), 24));
    List<String> body = new ArrayList<>();
    for (int s = 0; s < SENTENCES; s++) {
      body.add(pick(random));
    }
    return new StoryArticle(id, at, "zh", title, body, "", List.of(), Set.of(), "synthetic");
  }

  private String pick(Random random) {
    return sentences.get(random.nextInt(sentences.size()));
  }
}
