package dev.newsbridge.cli;

import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.bench.BodyScore;
import dev.newsbridge.extract.bench.ExtractionBench;
import dev.newsbridge.extract.bench.LabelledPage;
import dev.newsbridge.extract.bench.SubsetScore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * title/author/time match rates, snippets, coverage), then speed, and last a single summary line.
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
      names = "--warmup", paramLabel = "N",
      defaultValue = "1",
      description = "Untimed passes over the corpus before the timed one (default: ${DEFAULT-VALUE}), "
          + "so the speed figures measure compiled code, as in a long-running desk.")
  int warmup;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("bench extract: not a directory: " + corpus);
      return 2;
    }
    List<LabelledPage> pages = LabelledPage.loadAll(corpus);
    ExtractionBench bench = new ExtractionBench(new ArticleExtractor(), Instant.now());
    for (int i = 0; i < warmup; i++) {
      bench.warmUp(pages);
    }
    ExtractionBench.Result result =
        bench
            .run(pages, line -> {
              if (perPage) {
                out.println(line);
              }
            });
    for (SubsetScore s : result.subsets()) {
      printSubset(out, s);
    }
    out.printf(Locale.ROOT, "speed: %d pages, %.1f pages/s, extraction %.0f ms = decoding %.0f ms"
            + " + jsoup parse %.0f ms + extraction after parse %.0f ms (%.2fx the parse);"
            + " slowest page %.1f ms (%s); %d warm-up passes%n",
        result.pages(), result.pagesPerSecond(), result.extractNanos() / 1e6,
        result.decodeNanos() / 1e6, result.parseNanos() / 1e6, result.afterParseNanos() / 1e6,
        result.afterParseRatio(), result.slowestNanos() / 1e6, result.slowestPage(), warmup);
    out.println(summary(result));
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

  static String summary(ExtractionBench.Result result) {
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
        " title=%s author=%s time=%s pages/s=%.1f afterParse/parse=%.2f slowestMs=%.1f",
        rate(all.title()), rate(all.author()), rate(all.time()), result.pagesPerSecond(),
        result.afterParseRatio(), result.slowestNanos() / 1e6));
    return line.toString();
  }

  private static String rate(SubsetScore.Tally tally) {
    return tally.tries() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", tally.rate());
  }
}
