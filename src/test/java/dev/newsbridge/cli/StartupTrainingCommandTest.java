package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.demo.DemoOutlet;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The hidden run the launcher archives classes from must do the work it stands for. */
class StartupTrainingCommandTest {

  @Test
  void readsEverySampleFeedAndExtractsEverySampleArticleOnLoopback() throws Exception {
    int feeds;
    int articles;
    try (DemoOutlet outlet = DemoOutlet.start(0)) {
      feeds = outlet.feeds().size();
      articles = outlet.articles().size();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new NewsbridgeCommand());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));

    int code = line.execute("startup-training");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .startsWith("startup training: " + feeds + " feeds (")
        .contains(articles + " pages extracted");
  }

  @Test
  void isLeftOutOfTheHelpAnOperatorReads() {
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(new NewsbridgeCommand());
    line.setOut(new PrintWriter(out));

    line.execute("--help");

    assertThat(out.toString()).contains("extract").doesNotContain("startup-training");
  }
}
