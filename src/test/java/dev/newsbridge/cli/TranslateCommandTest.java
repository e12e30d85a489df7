package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.UserGlossary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TranslateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new NewsbridgeCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
  }

  @AfterEach
  void restoreTheBundledGlossary() throws Exception {
    UserGlossary.in(dir.resolve("empty")).activate();
  }

  private Path input(String... lines) throws Exception {
    Path file = dir.resolve("in.txt");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void writesOneLineOutPerLineIn() throws Exception {
    int code = run("translate", "--data", dir.resolve("data").toString(),
        input("马斯克周一访问了上海。", "他说，特斯拉将扩建工厂。").toString());

    assertThat(code).isZero();
    assertThat(out.toString().lines().toList()).hasSize(2).first().asString()
        .contains("Elon Musk");
  }

  @Test
  void appliesTheUserGlossaryOfTheDataDirectory() throws Exception {
    Path data = dir.resolve("data");
    run("glossary", "add", "--data", data.toString(), "韦伯斯特", "Noah Webster");
    UserGlossary.in(dir.resolve("empty")).activate(); // as a fresh process would start
    out.getBuffer().setLength(0);

    int code = run("translate", "--data", data.toString(), input("韦伯斯特周二发表了演讲。").toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("Noah Webster");
  }

  @Test
  void withoutTheUserGlossaryTheNameIsTransliterated() throws Exception {
    int code = run("translate", "--data", dir.resolve("other").toString(),
        input("韦伯斯特周二发表了演讲。").toString());

    assertThat(code).isZero();
    assertThat(out.toString()).doesNotContain("Noah Webster");
  }
}
