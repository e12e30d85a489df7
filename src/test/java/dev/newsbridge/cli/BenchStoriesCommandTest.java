package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newsbridge bench stories} on a tiny corpus the project wrote. */
class BenchStoriesCommandTest {
  @Test
  void printsTheFiguresAndEndsWithTheSummaryLineInItsExactFormat() throws URISyntaxException {
    Path corpus = Path.of(getClass().getResource("tiny-story-corpus").toURI());
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new NewsbridgeCommand());
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("bench", "stories", "--corpus", corpus.toString(), "--window", "200");

    assertThat(code).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .matches("event_acc=[0-9.]+ event_f1=[0-9.]+ story_acc=[0-9.]+ story_f1=[0-9.]+"
            + " lookalike_story_acc=[0-9.]+ story_bcubed_f1=[0-9.]+ event_bcubed_f1=[0-9.]+"
            + " assign_ms=[0-9.]+");
    assertThat(out.toString()).contains("stories B-cubed", "assign:");
    assertThat(out.toString())
        .containsPattern("window memory: -?[0-9.]+ MB with half the window filled, -?[0-9.]+ MB"
            + " full \\(-?[0-9]+ bytes per article\\)");
  }

  @Test
  void alsoScoresThePairsByWhereTheReplayPutTheirArticles() throws URISyntaxException {
    Path corpus = Path.of(getClass().getResource("tiny-story-corpus").toURI());
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new NewsbridgeCommand());
    cli.setOut(new PrintWriter(out));

    cli.execute("bench", "stories", "--corpus", corpus.toString(), "--window", "0");

    // the tiny corpus's four pairs (one event, two look-alikes, one unrelated) name their articles
    assertThat(out.toString())
        .containsPattern("as the replay grouped them, same event: 4 pairs, accuracy [0-9.]+")
        .containsPattern("as the replay grouped them, same story: 4 pairs, accuracy [0-9.]+");
  }

  @Test
  void writesEveryPairsMarginFeaturesForRefittingWhenAsked(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path corpus = Path.of(getClass().getResource("tiny-story-corpus").toURI());
    Path csv = dir.resolve("pair-features.csv");
    CommandLine cli = new CommandLine(new NewsbridgeCommand());
    cli.setOut(new PrintWriter(new StringWriter()));

    int code =
        cli.execute(
            "bench", "stories", "--corpus", corpus.toString(), "--window", "0",
            "--pair-features", csv.toString());

    assertThat(code).isZero();
    java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
    long pairs =
        java.nio.file.Files.readAllLines(corpus.resolve("dtels-event-pairs.jsonl")).stream()
            .filter(l -> !l.isBlank())
            .count();
    assertThat(lines.get(0)).startsWith("relation,label,story_label,event_");
    assertThat(lines).hasSize((int) pairs + 1);
    int columns = lines.get(0).split(",").length;
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(l.split(",")).hasSize(columns));
  }

  @Test
  void aFolderWithoutTheCorpusFilesIsAUsageError(@org.junit.jupiter.api.io.TempDir Path empty) {
    CommandLine cli = new CommandLine(new NewsbridgeCommand());
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("bench", "stories", "--corpus", empty.toString())).isEqualTo(2);
  }
}
