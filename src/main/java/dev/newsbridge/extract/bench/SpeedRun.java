package dev.newsbridge.extract.bench;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.extract.ArticleExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the extractor on warm code and watches its memory. After {@code warmUpPasses} untimed
 * passes over the corpus it runs {@code rounds} timed passes; in each, every page is decoded
 * alone, parsed by jsoup alone and extracted (decoding, parsing and extracting), each timed on its
 * own, in alternating order from round to round so that neither goes first with cold caches. A
 * page's figure is its median over the rounds, so one garbage-collection pause does not decide it.
 *
 * <p>Memory: after every pass (warm-up and timed) it asks for a full collection and reads the heap
 * in use ({@link MemoryMXBean}); a flat series means the extractor keeps nothing from page to page.
 */
public final class SpeedRun {
  private final ArticleExtractor extractor;
  private final Instant fetchedAt;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

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
    long[][] extract = new long[pages.size()][n];
    long[][] decode = new long[pages.size()][n];
    long[][] parse = new long[pages.size()][n];
    for (int r = 0; r < n; r++) {
      for (int p = 0; p < pages.size(); p++) {
        byte[] bytes = bodies.get(p);
        URI url = urlOf(pages.get(p));
        if (r % 2 == 0) {
          extract[p][r] = timeExtract(bytes, url);
          decode[p][r] = timeDecode(bytes);
          parse[p][r] = timeParse(bytes);
        } else {
          parse[p][r] = timeParse(bytes);
          decode[p][r] = timeDecode(bytes);
          extract[p][r] = timeExtract(bytes, url);
        }
      }
      heap.add(usedHeapAfterGcMb());
    }
    return figures(pages, extract, decode, parse, heap, warmUpPasses, n);
  }

  private Figures figures(List<LabelledPage> pages, long[][] extract, long[][] decode,
      long[][] parse, List<Double> heap, int warmUpPasses, int rounds) {
    long extractSum = 0;
    long decodeSum = 0;
    long parseSum = 0;
    long slowestMedian = 0;
    long slowestSingle = 0;
    String slowestMedianPage = null;
    String slowestSinglePage = null;
    for (int p = 0; p < pages.size(); p++) {
      String name = pages.get(p).subset() + "/" + pages.get(p).id();
      long median = median(extract[p]);
      extractSum += median;
      decodeSum += median(decode[p]);
      parseSum += median(parse[p]);
      if (median > slowestMedian) {
        slowestMedian = median;
        slowestMedianPage = name;
      }
      long single = Arrays.stream(extract[p]).max().orElse(0);
      if (single > slowestSingle) {
        slowestSingle = single;
        slowestSinglePage = name;
      }
    }
    return new Figures(pages.size(), warmUpPasses, rounds, extractSum, decodeSum, parseSum,
        slowestMedian, slowestMedianPage, slowestSingle, slowestSinglePage, List.copyOf(heap));
  }

  private long timeExtract(byte[] bytes, URI url) {
    long start = System.nanoTime();
    extractor.extract(bytes, null, url, fetchedAt);
    return System.nanoTime() - start;
  }

  private static long timeDecode(byte[] bytes) {
    long start = System.nanoTime();
    TextDecoder.decode(bytes, null);
    return System.nanoTime() - start;
  }

  /** jsoup's parse of the decoded page; the decoding is done first and not timed. */
  private static long timeParse(byte[] bytes) {
    String html = TextDecoder.decode(bytes, null).text();
    long start = System.nanoTime();
    org.jsoup.Jsoup.parse(html);
    return System.nanoTime() - start;
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
   * @param extractNanos decoding, parsing and extracting, summed over pages
   * @param decodeNanos decoding alone
   * @param parseNanos jsoup's parse alone (of the decoded text)
   * @param slowestMedianNanos the slowest page's median extraction
   * @param slowestMedianPage that page ({@code subset/id})
   * @param slowestSingleNanos the longest single warm extraction of any page in any round
   * @param slowestSinglePage that page
   * @param heapAfterGcMb heap in use after a full collection at the end of each pass, in order
   */
  public record Figures(
      int pages,
      int warmUpPasses,
      int rounds,
      long extractNanos,
      long decodeNanos,
      long parseNanos,
      long slowestMedianNanos,
      String slowestMedianPage,
      long slowestSingleNanos,
      String slowestSinglePage,
      List<Double> heapAfterGcMb) {

    public double pagesPerSecond() {
      return extractNanos == 0 ? 0 : pages / (extractNanos / 1e9);
    }

    /** Extraction less decoding and jsoup's parse: the extractor's own passes. */
    public long afterParseNanos() {
      return Math.max(0, extractNanos - decodeNanos - parseNanos);
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
