package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code newsbridge} command line as an operator meets it: help, errors, exit codes. */
class CommandLineTest {
  @TempDir Path data;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(Main.run("--help")).isZero();
    assertThat(out()).contains("demo", "serve", "ingest", "sources", "extract", "translate");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(Main.run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("frobnicate");
  }

  /** --no-detect everywhere: detecting the kind would fetch the URL, and tests never leave loopback. */
  @Nested
  class Sources {
    @Test
    void addThenListShowsTheSourceWithItsHealth() {
      assertThat(Main.run("sources", "add", "https://news.example.com/rss.xml", "--no-detect", "--name", "Example", "--language", "zh", "--data", data.toString())).isZero();
      assertThat(Main.run("sources", "list", "--data", data.toString())).isZero();
      assertThat(out()).contains("Example", "https://news.example.com/rss.xml", "[feed, zh]", "never fetched");
    }

    @Test
    void addingTheSameFeedTwiceKeepsOneSource() {
      Main.run("sources", "add", "https://news.example.com/rss.xml", "--no-detect", "--data", data.toString());
      Main.run("sources", "add", "https://news.example.com/rss.xml", "--no-detect", "--data", data.toString());
      out.reset();
      Main.run("sources", "list", "--data", data.toString());
      assertThat(out().lines().filter(l -> l.contains("news.example.com"))).hasSize(1);
    }

    @Test
    void aNonHttpUrlIsRefusedWithAClearMessage() {
      assertThat(Main.run("sources", "add", "file:///etc/passwd", "--data", data.toString())).isEqualTo(1);
      assertThat(err()).contains("Not an http(s) URL");
    }

    @Test
    void listingWithNoSourcesSaysHowToAddOne() {
      assertThat(Main.run("sources", "list", "--data", data.toString())).isZero();
      assertThat(out()).contains("newsbridge sources add");
    }
  }

  @Test
  void ingestWithoutSourcesSaysHowToAddOne() {
    assertThat(Main.run("ingest", "--data", data.toString())).isEqualTo(1);
    assertThat(err()).contains("sources add");
  }

  @Test
  void aDataDirectoryThatIsAFileGivesOneClearLineNotAStackTrace() throws Exception {
    Path file = java.nio.file.Files.writeString(data.resolve("not-a-dir"), "x");
    assertThat(Main.run("sources", "list", "--data", file.toString())).isEqualTo(1);
    assertThat(err()).contains("not-a-dir").doesNotContain("\tat ");
  }

  @Test
  void aPortInUseGivesOneClearLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThat(Main.run("serve", "--port", String.valueOf(port), "--data", data.toString())).isEqualTo(1);
      assertThat(err()).contains(String.valueOf(port)).doesNotContain("\tat ");
    }
  }

  @Test
  void translateTurnsEachLineIntoOneEnglishLine() throws Exception {
    Path input = java.nio.file.Files.writeString(data.resolve("in.txt"), "微软宣布新计划。\n奥特曼回到OpenAI。\n", StandardCharsets.UTF_8);
    assertThat(Main.run("translate", input.toString())).isZero();
    assertThat(out().lines().toList()).hasSize(2);
    assertThat(out()).contains("Microsoft", "Altman").doesNotContain("Ultraman");
  }
}
