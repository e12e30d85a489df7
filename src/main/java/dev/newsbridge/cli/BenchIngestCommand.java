package dev.newsbridge.cli;

import dev.newsbridge.ingest.IngestListener;
import dev.newsbridge.ingest.StageTimes;
import dev.newsbridge.ingest.bench.IngestBench;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsbridge bench ingest}: ingests a generated loopback outlet end to end with the offline
 * translator into a temporary data directory (deleted afterwards unless {@code --keep}), twice, and
 * prints throughput, time per stage, peak heap and what the second pass over unchanged feeds did.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests a generated loopback outlet (N articles across F feeds, some GBK) end to end "
          + "with the offline translator, twice; prints articles/s, time per stage, peak heap, "
          + "and the second pass over unchanged feeds (expected: no page fetches, < 5%% of the "
          + "first pass)."
    })
final class BenchIngestCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", description = "Articles in the outlet. Default: ${DEFAULT-VALUE}.")
  int articles = 10_000;

  @Option(
      names = "--feeds",
      paramLabel = "F",
      description = "Feeds the articles are spread over. Default: ${DEFAULT-VALUE}.")
  int feeds = 50;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Articles prepared at once (one DB writer regardless). Default: the number of"
              + " processors, ${DEFAULT-VALUE} here.")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--keep", description = "Keep the temporary data directory and print its path.")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || feeds < 1 || workers < 1) {
      System.err.println("--articles, --feeds and --workers must be positive");
      return 1;
    }
    PrintStream out = System.out;
    Path data = Files.createTempDirectory("newsbridge-bench-ingest");
    out.printf(
        "Ingesting %,d generated articles across %d feeds with %d worker(s) into %s ...%n",
        articles, feeds, workers, data);
    try {
      IngestBench.Result r = IngestBench.run(data, feeds, articles, workers, IngestListener.SILENT);
      print(out, r);
      boolean ok = r.secondPassPageFetches() == 0 && r.firstPass().failed() == 0;
      return ok ? 0 : 2;
    } finally {
      if (keep) {
        out.println("Data kept in " + data);
      } else {
        deleteTree(data);
      }
    }
  }

  private void print(PrintStream out, IngestBench.Result r) {
    out.printf(Locale.ROOT, "first pass : %s%n", r.firstPass());
    out.printf(
        Locale.ROOT,
        "throughput : %.1f articles/s (wall %.1f s; %d cores)%n",
        r.articlesPerSecond(),
        seconds(r.firstPassWall()),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        Locale.ROOT,
        "cpu        : %.2f ms/article (whole process, outlet included; %.1f s)%n",
        r.cpuMillisPerArticle(),
        seconds(r.firstPassCpu()));
    out.println("time per stage, first pass (summed over articles; elapsed, then CPU):");
    long total = r.stageTimes().values().stream().mapToLong(Duration::toNanos).sum();
    for (Map.Entry<StageTimes.Stage, Duration> e : r.stageTimes().entrySet()) {
      out.printf(
          Locale.ROOT,
          "  %-9s %8.1f s  %5.1f%%  %6.2f ms/article   cpu %6.2f ms/article%n",
          e.getKey().name().toLowerCase(Locale.ROOT),
          seconds(e.getValue()),
          100.0 * e.getValue().toNanos() / Math.max(1, total),
          e.getValue().toNanos() / 1e6 / Math.max(1, r.firstPass().stored()),
          r.stageCpuTimes().get(e.getKey()).toNanos() / 1e6 / Math.max(1, r.firstPass().stored()));
    }
    out.printf(
        Locale.ROOT,
        "second pass: %s; %d page fetch(es), %d feed(s) answered 304; %.2f s = %.2f%% of the"
            + " first%n",
        r.secondPass(),
        r.secondPassPageFetches(),
        r.secondPassNotModified(),
        seconds(r.secondPassWall()),
        100.0 * r.secondPassWall().toNanos() / Math.max(1, r.firstPassWall().toNanos()));
    out.printf(
        Locale.ROOT,
        "peak heap  : %.0f MB (max heap %.0f MB)%n",
        r.peakHeapBytes() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
