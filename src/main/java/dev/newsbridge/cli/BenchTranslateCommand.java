package dev.newsbridge.cli;

import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.bench.ParallelCorpus;
import dev.newsbridge.translate.bench.TranslationBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge bench translate --corpus DIR [--engine offline]}: translates a sentence-aligned
 * corpus laid out like shared/corpus/mt-dev (see {@link ParallelCorpus}) one document at a time on
 * one thread and prints corpus chrF2 and BLEU (sacreBLEU definitions), the share of entity
 * mentions whose name the reference also writes, and sentences per second; the last line is one
 * summary line.
 */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = "Scores a translation engine on a parallel corpus (chrF2, BLEU, names, speed).")
public final class BenchTranslateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "DIR",
      description = "Corpus folder: one *.zh, one *.en, optionally a *.tsv of documents.")
  Path corpus;

  @Option(names = "--engine", paramLabel = "ENGINE", description = "Translation engine. Default: ${DEFAULT-VALUE}.")
  String engine = "offline";

  @Option(names = "--output", paramLabel = "FILE",
      description = "Also write the English, one line per source line, to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(corpus)) {
      err.println("bench translate: not a directory: " + corpus);
      return 1;
    }
    Translator translator = translator(engine);
    if (translator == null) {
      err.println("bench translate: unknown engine " + engine + " (available: offline)");
      return 1;
    }
    ParallelCorpus parallel;
    try {
      parallel = ParallelCorpus.load(corpus);
    } catch (IllegalArgumentException e) {
      err.println("bench translate: " + e.getMessage());
      return 1;
    }
    out.printf(Locale.ROOT, "corpus %s: %d sentences in %d documents, engine %s%n", corpus,
        parallel.source().size(), parallel.documents().size(), translator.engineId());
    TranslationBench.Result result = new TranslationBench(translator).run(parallel);
    if (output != null) {
      Files.write(output, result.hypotheses(), StandardCharsets.UTF_8);
    }
    out.printf(Locale.ROOT, "names: %d of %d entity mentions named as the reference names them%n",
        result.namesRight(), result.namesTotal());
    out.println(result.summaryLine());
    out.flush();
    return 0;
  }

  /** The translator for an engine name; null when unknown. */
  static Translator translator(String engine) {
    return switch (engine.toLowerCase(Locale.ROOT)) {
      case "offline", "offline-gloss" -> new OfflineGlossTranslator();
      default -> null;
    };
  }
}
