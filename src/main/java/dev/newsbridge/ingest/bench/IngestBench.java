package dev.newsbridge.ingest.bench;

import dev.newsbridge.enrich.EntityKeyphraseTagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.ingest.IngestListener;
import dev.newsbridge.ingest.IngestPipeline;
import dev.newsbridge.ingest.IngestReport;
import dev.newsbridge.ingest.StageTimes;
import dev.newsbridge.ingest.Stages;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.translate.OfflineGlossTranslator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/**
 * Ingests a generated {@link BenchOutlet} end to end (offline translator, real SQLite and Lucene in
 * a data directory) twice: a first pass storing every article, and a second over the unchanged
 * feeds, which conditional GET should answer with 304 and no page fetch.
 *
 * <p>The fetcher is the production {@link HttpFetcher} with SSRF checks and robots.txt on, but with
 * no per-host delay: the outlet is our own loopback server (one host), and the default 1 s delay
 * would measure the delay, not the pipeline. Peak heap is the sum of the heap pools' peak usage (an
 * upper bound: pools peak at different moments), reset before the first pass.
 */
public final class IngestBench {

  /**
   * What the two passes did.
   *
   * @param firstPass the pass that stored the articles
   * @param secondPass the pass over unchanged feeds
   * @param secondPassPageFetches article pages requested during the second pass
   * @param secondPassNotModified feeds answered 304 during the second pass
   * @param stageTimes time per stage during the first pass
   * @param peakHeapBytes peak heap during both passes
   * @param stageCpuTimes CPU time per stage during the first pass (zeros where unsupported)
   * @param firstPassCpu the whole process's CPU time during the first pass (all threads, the
   *     outlet's included; zero where unsupported): on a loaded machine, a steadier figure than
   *     wall time
   */
  public record Result(
      IngestReport firstPass,
      IngestReport secondPass,
      Duration firstPassWall,
      Duration secondPassWall,
      int secondPassPageFetches,
      int secondPassNotModified,
      Map<StageTimes.Stage, Duration> stageTimes,
      long peakHeapBytes,
      Map<StageTimes.Stage, Duration> stageCpuTimes,
      Duration firstPassCpu) {

    public double articlesPerSecond() {
      return firstPass.stored() / Math.max(1e-9, firstPassWall.toNanos() / 1e9);
    }

    /** Process CPU milliseconds per stored article in the first pass. */
    public double cpuMillisPerArticle() {
      return firstPassCpu.toNanos() / 1e6 / Math.max(1, firstPass.stored());
    }
  }

  private IngestBench() {}

  /** Runs the benchmark into {@code dataDir} (which should be empty) with {@code workers}. */
  public static Result run(
      Path dataDir, int feeds, int articles, int workers, IngestListener listener)
      throws IOException {
    try (BenchOutlet outlet = BenchOutlet.start(feeds, articles);
        SqliteArticleStore store = SqliteArticleStore.open(dataDir);
        LuceneSearchIndex index = LuceneSearchIndex.open(dataDir.resolve("index"));
        HttpFetcher fetcher = new HttpFetcher(benchPolicy())) {
      Stages stages =
          new Stages(
              new ArticleExtractor(),
              new LanguageDetector(),
              new OfflineGlossTranslator(),
              new EntityKeyphraseTagger());
      IngestPipeline pipeline =
          new IngestPipeline(store, index, s -> fetcher, stages, InstantSource.system(), workers);
      int n = 0;
      for (URI feed : outlet.feedUrls()) {
        store.addSource("基准日报 " + n++, feed, "zh", true);
      }
      resetPeaks();
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      IngestReport first = pipeline.ingestAll(listener);
      Duration firstWall = Duration.ofNanos(System.nanoTime() - start);
      Duration firstCpu = Duration.ofNanos(processCpuNanos() - cpuStart);
      Map<StageTimes.Stage, Duration> stages1 = pipeline.stageTimes().snapshot();
      Map<StageTimes.Stage, Duration> cpu1 = pipeline.stageTimes().cpuSnapshot();
      int pagesBefore = outlet.pageRequests();
      int notModifiedBefore = outlet.notModifiedAnswers();
      start = System.nanoTime();
      IngestReport second = pipeline.ingestAll(listener);
      Duration secondWall = Duration.ofNanos(System.nanoTime() - start);
      return new Result(
          first,
          second,
          firstWall,
          secondWall,
          outlet.pageRequests() - pagesBefore,
          outlet.notModifiedAnswers() - notModifiedBefore,
          stages1,
          peakHeap(),
          cpu1,
          firstCpu);
    }
  }

  static FetchPolicy benchPolicy() {
    return FetchPolicy.defaults()
        .withPrivateHostAllowlist(java.util.List.of("127.0.0.1"))
        .withMinDelayPerHost(Duration.ZERO);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
