package dev.newsbridge.cli;

import dev.newsbridge.story.bench.CrossLanguageBench;
import dev.newsbridge.story.bench.BCubed;
import dev.newsbridge.story.bench.PairTally;
import dev.newsbridge.story.bench.StoryBench;
import dev.newsbridge.translate.OfflineGlossTranslator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge bench stories --corpus DIR}: replays a corpus laid out like
 * shared/corpus/story-dev through the site's story clusterer (thresholds fixed in code) and prints
 * pair accuracy and F1 (same event, same story, per relation), B-cubed for stories and events, the
 * cost of one assignment with a full synthetic window, and last one summary line.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Scores story and event grouping on a labelled corpus (pairs, B-cubed, cost).")
public final class BenchStoriesCommand implements Callable<Integer> {
  /** Articles in the synthetic window for the cost figure: {@value}. */
  static final int DEFAULT_WINDOW = 100_000;

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Corpus directory (story-dev format).")
  Path corpus;

  @Option(
      names = "--window", paramLabel = "N",
      description = "Synthetic window size for the cost figure (default ${DEFAULT-VALUE}; 0 skips).")
  int window = DEFAULT_WINDOW;

  @Option(
      names = "--pair-features",
      paramLabel = "FILE",
      description = "Also write each pair's margin features as CSV to this file (for refitting).")
  Path pairFeatures;

  @Option(
      names = "--cross-language",
      description = "Also judge every pair across languages (the Chinese report against the other"
          + " article's translation by the offline engine, read as an English report) and replay"
          + " the clusters with translations, and with every second report in English."
          + " Translates each article's title and lead: about a minute.")
  boolean crossLanguage;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(corpus.resolve(StoryBench.CLUSTERS_FILE))
        || !Files.isRegularFile(corpus.resolve(StoryBench.PAIRS_FILE))) {
      spec.commandLine().getErr().println("bench stories: no " + StoryBench.PAIRS_FILE + " and "
          + StoryBench.CLUSTERS_FILE + " in " + corpus);
      return 2;
    }
    if (pairFeatures != null) {
      new StoryBench().writePairFeatures(corpus, pairFeatures);
    }
    StoryBench.Result r = new StoryBench().run(corpus, window);
    out.println(pairs("same event", r.event()));
    out.println(pairs("same story", r.story()));
    relations(out, r.byRelation());
    if (r.grouped().story().pairs() > 0) { // a corpus whose pairs name their articles' ids
      out.println(pairs("as the replay grouped them, same event", r.grouped().event()));
      out.println(pairs("as the replay grouped them, same story", r.grouped().story()));
      relations(out, r.grouped().byRelation());
    }
    out.println(bcubed("stories", r.stories(), r.articles()));
    out.println(bcubed("events", r.events(), r.articles()));
    if (crossLanguage) {
      crossLanguage(out, spec.commandLine().getErr());
    }
    if (r.assign() != null) {
      out.printf(Locale.ROOT, "assign: %d articles timed with %d in the window: CPU mean %.3f ms,"
          + " p99 %.3f ms; wall mean %.3f ms, p99 %.3f ms%n", r.assign().assignments(),
          r.assign().window(), r.assign().meanMs(), r.assign().p99Ms(), r.assign().wallMeanMs(),
          r.assign().wallP99Ms());
      out.printf(Locale.ROOT, "window memory: %.1f MB with half the window filled, %.1f MB full"
          + " (%.0f bytes per article)%n", r.assign().halfWindowHeapMb(),
          r.assign().fullWindowHeapMb(),
          r.assign().fullWindowHeapMb() * 1024 * 1024 / Math.max(1, window));
    }
    out.println(summary(r));
    out.flush();
    return 0;
  }

  private void crossLanguage(PrintWriter out, PrintWriter progress) {
    CrossLanguageBench.Result x = new CrossLanguageBench(new OfflineGlossTranslator())
        .run(corpus, n -> {
          progress.printf(Locale.ROOT, "cross-language: %d articles translated%n", n);
          progress.flush();
        });
    out.println(pairs("across languages, same event", x.event()));
    out.println(pairs("across languages, same story", x.story()));
    relations(out, x.byRelation());
    out.println(bcubed("translated stream: stories", x.translatedStream()[0], x.translated()));
    out.println(bcubed("translated stream: events", x.translatedStream()[1], x.translated()));
    out.println(bcubed("mixed stream (every " + CrossLanguageBench.ENGLISH_EVERY
        + "nd report in English): stories", x.mixedStream()[0], x.translated()));
    out.println(bcubed("mixed stream: events", x.mixedStream()[1], x.translated()));
  }

  private static void relations(PrintWriter out, Map<String, PairTally[]> byRelation) {
    for (Map.Entry<String, PairTally[]> e : byRelation.entrySet()) {
      out.printf(Locale.ROOT, "  %-24s %4d pairs  event acc %.3f  story acc %.3f%n", e.getKey(),
          e.getValue()[0].pairs(), e.getValue()[0].accuracy(), e.getValue()[1].accuracy());
    }
  }

  static String summary(StoryBench.Result r) {
    PairTally[] lookalike = r.byRelation().get("other_story_similar");
    return String.format(Locale.ROOT,
        "event_acc=%.3f event_f1=%.3f story_acc=%.3f story_f1=%.3f lookalike_story_acc=%s"
            + " story_bcubed_f1=%.3f event_bcubed_f1=%.3f assign_ms=%s",
        r.event().accuracy(), r.event().f1(), r.story().accuracy(), r.story().f1(),
        lookalike == null ? "-" : String.format(Locale.ROOT, "%.3f", lookalike[1].accuracy()),
        r.stories().f1(), r.events().f1(),
        r.assign() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.assign().meanMs()));
  }

  private static String pairs(String what, PairTally t) {
    return String.format(Locale.ROOT, "%s: %d pairs, accuracy %.3f, F1 %.3f", what, t.pairs(),
        t.accuracy(), t.f1());
  }

  private static String bcubed(String what, BCubed b, int articles) {
    return String.format(Locale.ROOT,
        "%s B-cubed: P %.3f R %.3f F1 %.3f (%d clusters for %d articles)", what, b.precision(),
        b.recall(), b.f1(), b.clusters(), articles);
  }
}
