package dev.newsbridge.cli;

import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.ExtractorWarmUp;
import dev.newsbridge.extract.bench.BodyScore;
import dev.newsbridge.extract.bench.ExtractionBench;
import dev.newsbridge.extract.bench.LabelledPage;
import dev.newsbridge.extract.bench.SpeedRun;
import dev.newsbridge.extract.bench.SubsetScore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge bench extract --corpus DIR}: scores the extractor on a labelled corpus laid out
 * like shared/corpus/extraction-dev ({@code <subset>/<id>.html} + {@code <id>.json}). Prints one
 * block per subset (body P/R/F1 with word shingles, the CJK-character variant for Chinese subsets,
 * title/author/time match rates, snippets, coverage), then speed (the scored pass is the cold one;
 * then warm medians from {@link SpeedRun}) and memory, and last a single summary line.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Scores the article extractor on a labelled corpus (body F1, title/author/time).")
public final class BenchExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus directory (subset folders).")
  Path corpus;

  @Option(
      names = {"--pages", "--verbose"},
      description = "Also print one line per page, with what each metadata miss expected and got.")
  boolean perPage;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "40",
      description = "Untimed passes over the corpus after the scored (cold) one and before the timed "
          + "rounds (default: ${DEFAULT-VALUE}: on the dev corpus the extraction after parsing "
          + "stops getting faster there), so the warm figures measure compiled code, as in a "
          + "long-running desk.")
  int warmup;

  @Option(
      names = "--no-start-up-warm-up",
      description = "Time the scored pass without the start-up warm-up a desk runs"
          + " (ExtractorWarmUp): its slowest page then pays for loading and compiling the code.")
  boolean noStartUpWarmUp;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "7",
      description = "Timed passes; each page's warm time is its median over them "
          + "(default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("bench extract: not a directory: " + corpus);
      return 2;
    }
    List<LabelledPage> pages = LabelledPage.loadAll(corpus);
    ArticleExtractor extractor = new ArticleExtractor();
    Instant now = Instant.now();
    ExtractionBench bench = new ExtractionBench(extractor, now);
    // The scored pass is the first over the corpus in this JVM: its times are the cold ones, after
    // the warm-up a desk runs at start-up (on its own pages, never the corpus's) unless told not to.
    Duration startUp = noStartUpWarmUp ? null : ExtractorWarmUp.run(extractor);
    ExtractionBench.Result result =
        bench
            .run(pages, line -> {
              if (perPage) {
                out.println(line);
              }
            });
    SpeedRun.Figures warm = new SpeedRun(extractor, now).run(pages, warmup, rounds);
    for (SubsetScore s : result.subsets()) {
      printSubset(out, s);
    }
    out.printf(Locale.ROOT, "cold (first pass in a fresh JVM, %s): %d pages, %.1f pages/s, extraction"
            + " %.0f ms; slowest page %.1f ms (%s); %d pages over 200 ms%n",
        startUp == null
            ? "no start-up warm-up"
            : "after the desk's start-up warm-up, " + startUp.toMillis() + " ms",
        result.pages(), result.pagesPerSecond(), result.extractNanos() / 1e6,
        result.slowestNanos() / 1e6, result.slowestPage(), result.pagesOver200Ms());
    out.printf(Locale.ROOT, "warm (median of %d timed passes after %d warm-up passes): %.1f pages/s;"
            + " decoding %.0f ms, then extraction %.0f ms = jsoup parse %.0f ms + extraction after"
            + " parse %.0f ms (%.2fx the parse by wall clock; by thread CPU time %.2fx, %.2fx in each"
            + " page's fastest round); slowest page %.1f ms median (%s), %.1f ms worst single"
            + " run (%s)%n",
        warm.rounds(), warm.warmUpPasses(), warm.pagesPerSecond(), warm.decodeNanos() / 1e6,
        warm.extractNanos() / 1e6, warm.parseNanos() / 1e6, warm.afterParseNanos() / 1e6,
        warm.afterParseRatio(), warm.cpuAfterParseRatio(), warm.fastestCpuAfterParseRatio(),
        warm.slowestMedianNanos() / 1e6, warm.slowestMedianPage(),
        warm.slowestSingleNanos() / 1e6, warm.slowestSinglePage());
    out.printf(Locale.ROOT, "memory: heap in use after a full GC at the end of each of %d passes"
            + " (%d extractions): %s MB; growth first to last %+.1f MB; %d collections (%d ms)"
            + " during the timed passes%n",
        warm.heapAfterGcMb().size(), warm.heapAfterGcMb().size() * warm.pages(),
        heapSeries(warm), warm.heapGrowthMb(), warm.gcCount(), warm.gcMillis());
    out.println(summary(result, warm));
    out.flush();
    return 0;
  }

  private static void printSubset(PrintWriter out, SubsetScore s) {
    out.printf(Locale.ROOT, "%s (%d pages)%n", s.name(), s.pages());
    if (s.words().pages() > 0) {
      out.println("  body, word shingles: " + body(s.words()));
    }
    if (s.characters().pages() > 0) {
      out.println("  body, CJK-char shingles: " + body(s.characters()));
    }
    out.println("  title " + s.title() + ", author " + s.author() + ", time " + s.time()
        + ", snippets " + s.snippets());
    out.println("  produced: " + s.coverage());
  }

  private static String body(BodyScore b) {
    return String.format(Locale.ROOT, "F1 %.3f  P %.3f  R %.3f  accuracy %.3f  (%d pages)",
        b.f1(), b.precision(), b.recall(), b.accuracy(), b.pages());
  }

  private static String heapSeries(SpeedRun.Figures warm) {
    StringBuilder series = new StringBuilder();
    for (double mb : warm.heapAfterGcMb()) {
      series.append(series.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", mb));
    }
    return series.toString();
  }

  static String summary(ExtractionBench.Result result, SpeedRun.Figures warm) {
    StringBuilder line = new StringBuilder("SUMMARY");
    for (SubsetScore s : result.subsets()) {
      if (s.words().pages() > 0) {
        line.append(String.format(Locale.ROOT, " %s.F1=%.3f", s.name(), s.words().f1()));
      }
      if (s.characters().pages() > 0) {
        line.append(String.format(Locale.ROOT, " %s.charF1=%.3f", s.name(), s.characters().f1()));
      }
    }
    SubsetScore all = result.subset("overall");
    line.append(String.format(Locale.ROOT,
        " title=%s author=%s time=%s pages/s=%.1f afterParse/parse=%.2f cpuAfterParse/parse=%.2f"
            + " fastestCpuAfterParse/parse=%.2f"
            + " slowestMs=%.1f"
            + " worstRunMs=%.1f coldSlowestMs=%.1f heapAfterGcMB=%.1f..%.1f",
        rate(all.title()), rate(all.author()), rate(all.time()), warm.pagesPerSecond(),
        warm.afterParseRatio(), warm.cpuAfterParseRatio(), warm.fastestCpuAfterParseRatio(),
        warm.slowestMedianNanos() / 1e6, warm.slowestSingleNanos() / 1e6,
        result.slowestNanos() / 1e6, warm.heapAfterGcMb().get(0),
        warm.heapAfterGcMb().get(warm.heapAfterGcMb().size() - 1)));
    return line.toString();
  }

  private static String rate(SubsetScore.Tally tally) {
    return tally.tries() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", tally.rate());
  }
}
