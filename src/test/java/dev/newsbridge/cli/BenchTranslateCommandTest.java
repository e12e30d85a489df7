package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchTranslateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new NewsbridgeCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void scoresACorpusAndEndsWithOneSummaryLine() throws Exception {
    Files.write(dir.resolve("tiny.zh"), List.of("马斯克周一访问了上海。", "他说，特斯拉将扩建工厂。"));
    Files.write(dir.resolve("tiny.en"),
        List.of("Elon Musk visited Shanghai on Monday.", "He said Tesla would expand the plant."));
    Path hyp = dir.resolve("out.txt");

    int code = run("bench", "translate", "--corpus", dir.toString(), "--output", hyp.toString());

    List<String> lines = out.toString().lines().toList();
    assertThat(code).isZero();
    assertThat(lines.get(lines.size() - 1))
        .matches("chrF=\\d+\\.\\d BLEU=\\d+\\.\\d names=\\d+\\.\\d% sentences=2 "
            + "sentences_per_s=\\d+\\.\\d sentences_per_cpu_s=\\d+\\.\\d failed_documents=0");
    assertThat(Files.readAllLines(hyp)).hasSize(2).first().asString().contains("Elon Musk");
  }

  @Test
  void reportsAFolderThatIsNotACorpus() {
    int code = run("bench", "translate", "--corpus", dir.resolve("missing").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("not a directory");
  }

  @Test
  void reportsAnUnknownEngine() {
    int code = run("bench", "translate", "--corpus", dir.toString(), "--engine", "nonesuch");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("unknown engine");
  }
}
