package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchExtractCommandTest {
  @TempDir Path corpus;

  private final StringWriter out = new StringWriter();

  int run(String... args) {
    CommandLine cli = new CommandLine(new BenchExtractCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  void page(String subset, String id, String fixture, String labelsJson) throws IOException {
    Path dir = Files.createDirectories(corpus.resolve(subset));
    try (InputStream in = getClass().getResourceAsStream("/dev/newsbridge/extract/" + fixture)) {
      Files.write(dir.resolve(id + ".html"), in.readAllBytes());
    }
    Files.writeString(dir.resolve(id + ".json"), labelsJson);
  }

  @Test
  void scoresEachSubsetAndEndsWithOneSummaryLine() throws IOException {
    page("zh-own", "flash", "articles/zh-very-short-flash.html",
        "{\"url\": null, \"title\": \"快讯：本市今晨迎来今冬首场降雪\", \"author\": null,"
            + " \"publish_time\": null, \"content\":"
            + " \"今晨6时许，本市大部分地区迎来今冬首场降雪，气象部门提醒市民出行注意防滑。\"}");
    page("zh-own", "bus", "articles/zh-reporter-byline-with-outlet.html",
        "{\"author\": \"胡含嫣\", \"publish_time\": \"2023-11-20 09:15\", \"content\": null}");
    page("en-own", "park", "articles/en-json-ld-article.html", "{\"content\": \"The city council voted 7 to 2 on Monday.\"}");
    Files.createDirectories(corpus.resolve("baselines"));

    int exit = run("--corpus", corpus.toString());

    String[] lines = out.toString().strip().split("\n");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("en-own (1 pages)", "zh-own (2 pages)", "overall (3 pages)",
        "CJK-char shingles", "pages/s");
    assertThat(out.toString()).contains("title 1.000 (1/1), author 1.000 (1/1), time 1.000 (1/1)");
    assertThat(lines[lines.length - 1]).startsWith("SUMMARY").contains("zh-own.F1=1.000", "en-own.F1=");
  }

  @Test
  void aMissingCorpusIsAnError() {
    assertThat(run("--corpus", corpus.resolve("nope").toString())).isEqualTo(2);
  }
}
