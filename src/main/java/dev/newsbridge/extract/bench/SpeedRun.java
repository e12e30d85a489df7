package dev.newsbridge.extract.bench;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.extract.ArticleExtractor;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Times the extractor on warm code and watches its memory. After {@code warmUpPasses} untimed
 * passes over the corpus it runs {@code rounds} timed passes; in each, every page is decoded, then
 * parsed by jsoup alone and extracted, each timed on its own, the last two in alternating order from round to round so that neither goes first with cold caches. A
 * page's figure is its median over the rounds, so one garbage-collection pause does not decide it.
 * Each is timed twice: wall clock, and this thread's CPU time (which a busy machine disturbs less,
 * but which leaves out the garbage collector's own threads).
 *
 * <p>The extraction is timed from the decoded text ({@link ArticleExtractor#extract(String, URI,
 * Instant)}), so the after-parse figure is the extraction less the parse only, not less a decoding
 * timed apart as well.
 *
 * <p>Memory: after every pass (warm-up and timed) it asks for a full collection and reads the heap
 * in use ({@link MemoryMXBean}); a flat series means the extractor keeps nothing from page to page.
 */
public final class SpeedRun {
  private final ArticleExtractor extractor;
  private final Instant fetchedAt;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  public SpeedRun(ArticleExtractor extractor, Instant fetchedAt) {
    this.extractor = extractor;
    this.fetchedAt = fetchedAt;
  }

  /** Runs the passes; {@code rounds} is at least 1. */
  public Figures run(List<LabelledPage> pages, int warmUpPasses, int rounds) throws IOException {
    List<byte[]> bodies = new ArrayList<>();
    for (LabelledPage page : pages) {
      bodies.add(Files.readAllBytes(page.html()));
    }
    List<Double> heap = new ArrayList<>();
    for (int i = 0; i < warmUpPasses; i++) {
      for (int p = 0; p < pages.size(); p++) {
        extractor.extract(bodies.get(p), null, urlOf(pages.get(p)), fetchedAt);
      }
      heap.add(usedHeapAfterGcMb());
    }
    int n = Math.max(1, rounds);
    Timings wall = new Timings(pages.size(), n);
    Timings cpu = new Timings(pages.size(), n);
    long gcCount = 0;
    long gcMillis = 0;
    for (int r = 0; r < n; r++) {
      long[] gcBefore = gcTotals();
      for (int p = 0; p < pages.size(); p++) {
        byte[] bytes = bodies.get(p);
        URI url = urlOf(pages.get(p));
        String html = timeDecode(bytes, wall.decode, cpu.decode, p, r);
        if (r % 2 == 0) {
          timeExtract(html, url, wall.extract, cpu.extract, p, r);
          timeParse(html, wall.parse, cpu.parse, p, r);
        } else {
          timeParse(html, wall.parse, cpu.parse, p, r);
          timeExtract(html, url, wall.extract, cpu.extract, p, r);
        }
      }
      long[] gcAfter = gcTotals();
      gcCount += gcAfter[0] - gcBefore[0];
      gcMillis += gcAfter[1] - gcBefore[1];
      heap.add(usedHeapAfterGcMb());
    }
    return figures(pages, wall, cpu, heap, warmUpPasses, n, gcCount, gcMillis);
  }

  /** Collections so far and their accumulated time in ms, over all collectors. */
  private static long[] gcTotals() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  /** Per page and round: decode+parse+extract, decode alone, parse alone. */
  private record Timings(long[][] extract, long[][] decode, long[][] parse) {
    Timings(int pages, int rounds) {
      this(new long[pages][rounds], new long[pages][rounds], new long[pages][rounds]);
    }

    long sumOfMedians(long[][] perPage) {
      long sum = 0;
      for (long[] rounds : perPage) {
        sum += median(rounds);
      }
      return sum;
    }

    /** The extractor's own passes as a multiple of jsoup's parse, from the sums of medians. */
    double afterParseRatio() {
      long parse = sumOfMedians(this.parse);
      long after = sumOfMedians(extract) - parse;
      return parse == 0 ? 0 : Math.max(0, after) / (double) parse;
    }

    /** As {@link #afterParseRatio()} from each page's fastest round: the least disturbed. */
    double fastestAfterParseRatio() {
      long parse = 0;
      long extracted = 0;
      for (int p = 0; p < extract.length; p++) {
        parse += Arrays.stream(this.parse[p]).min().orElse(0);
        extracted += Arrays.stream(extract[p]).min().orElse(0);
      }
      return parse == 0 ? 0 : Math.max(0, extracted - parse) / (double) parse;
    }
  }

  private Figures figures(List<LabelledPage> pages, Timings wall, Timings cpu, List<Double> heap,
      int warmUpPasses, int rounds, long gcCount, long gcMillis) {
    // A page's time is from its bytes to its article: decoding plus extraction, round by round.
    long[][] whole = new long[pages.size()][rounds];
    for (int p = 0; p < pages.size(); p++) {
      for (int r = 0; r < rounds; r++) {
        whole[p][r] = wall.decode[p][r] + wall.extract[p][r];
      }
    }
    long slowestMedian = 0;
    long slowestSingle = 0;
    String slowestMedianPage = null;
    String slowestSinglePage = null;
    for (int p = 0; p < pages.size(); p++) {
      String name = pages.get(p).subset() + "/" + pages.get(p).id();
      long median = median(whole[p]);
      if (median > slowestMedian) {
        slowestMedian = median;
        slowestMedianPage = name;
      }
      long single = Arrays.stream(whole[p]).max().orElse(0);
      if (single > slowestSingle) {
        slowestSingle = single;
        slowestSinglePage = name;
      }
    }
    return new Figures(pages.size(), warmUpPasses, rounds, wall.sumOfMedians(wall.extract),
        wall.sumOfMedians(wall.decode), wall.sumOfMedians(wall.parse), cpu.afterParseRatio(),
        cpu.fastestAfterParseRatio(),
        slowestMedian, slowestMedianPage, slowestSingle, slowestSinglePage, List.copyOf(heap),
        gcCount, gcMillis);
  }

  /** The extraction of the decoded page: jsoup's parse and the extractor's own passes. */
  private void timeExtract(String html, URI url, long[][] wall, long[][] cpu, int p, int r) {
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    extractor.extract(html, url, fetchedAt);
    wall[p][r] = System.nanoTime() - start;
    cpu[p][r] = threads.getCurrentThreadCpuTime() - cpuStart;
  }

  private String timeDecode(byte[] bytes, long[][] wall, long[][] cpu, int p, int r) {
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    String html = TextDecoder.decode(bytes, null).text();
    wall[p][r] = System.nanoTime() - start;
    cpu[p][r] = threads.getCurrentThreadCpuTime() - cpuStart;
    return html;
  }

  private void timeParse(String html, long[][] wall, long[][] cpu, int p, int r) {
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Jsoup.parse(html);
    wall[p][r] = System.nanoTime() - start;
    cpu[p][r] = threads.getCurrentThreadCpuTime() - cpuStart;
  }

  private double usedHeapAfterGcMb() {
    // Two requests: the first may leave objects that were only queued for finalization.
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static URI urlOf(LabelledPage page) {
    try {
      return page.url() == null ? page.html().toUri() : URI.create(page.url());
    } catch (IllegalArgumentException e) {
      return page.html().toUri();
    }
  }

  /**
   * The warm figures; sums are over pages of each page's median.
   *
   * @param pages pages per pass
   * @param warmUpPasses untimed passes before the timed rounds
   * @param rounds timed passes
   * @param extractNanos parsing and extracting the decoded page, summed over pages
   * @param decodeNanos decoding alone
   * @param parseNanos jsoup's parse alone (of the decoded text)
   * @param cpuAfterParseRatio {@link #afterParseRatio()} from this thread's CPU time instead of
   *     wall time: steadier on a shared machine, but blind to garbage-collector threads
   * @param fastestCpuAfterParseRatio the same from each page's fastest round instead of its median
   * @param slowestMedianNanos the slowest page's median time from bytes to article (decoding and
   *     extraction)
   * @param slowestMedianPage that page ({@code subset/id})
   * @param slowestSingleNanos the longest single warm decoding and extraction of a page in any round
   * @param slowestSinglePage that page
   * @param heapAfterGcMb heap in use after a full collection at the end of each pass, in order
   * @param gcCount collections during the timed rounds (the requested full ones not counted)
   * @param gcMillis their accumulated time in ms, as the collectors report it
   */
  public record Figures(
      int pages,
      int warmUpPasses,
      int rounds,
      long extractNanos,
      long decodeNanos,
      long parseNanos,
      double cpuAfterParseRatio,
      double fastestCpuAfterParseRatio,
      long slowestMedianNanos,
      String slowestMedianPage,
      long slowestSingleNanos,
      String slowestSinglePage,
      List<Double> heapAfterGcMb,
      long gcCount,
      long gcMillis) {

    /** Pages per second from bytes to article: decoding plus extraction. */
    public double pagesPerSecond() {
      long total = decodeNanos + extractNanos;
      return total == 0 ? 0 : pages / (total / 1e9);
    }

    /** Extraction less jsoup's parse: the extractor's own passes. */
    public long afterParseNanos() {
      return Math.max(0, extractNanos - parseNanos);
    }

    /** The extractor's own passes as a multiple of jsoup's parse time (target: at most 0.5). */
    public double afterParseRatio() {
      return parseNanos == 0 ? 0 : (double) afterParseNanos() / parseNanos;
    }

    /**
     * Heap growth from the end of the first pass to the end of the last, in MB; 0 with fewer than
     * two passes.
     */
    public double heapGrowthMb() {
      return heapAfterGcMb.size() < 2
          ? 0
          : heapAfterGcMb.get(heapAfterGcMb.size() - 1) - heapAfterGcMb.get(0);
    }
  }
}
