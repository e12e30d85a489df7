package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How {@code serve}'s options become the site's settings, and what a wrong one says. */
class ServeCommandTest {
  @TempDir Path data;

  private static ServeCommand parsed(String... args) {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void theBaseUrlOptionIsWhatFeedsAndAbsoluteLinksUse() {
    assertThat(parsed("--base-url", "https://news.example.org/").siteSettings(null).baseUrl())
        .isEqualTo(URI.create("https://news.example.org"));
  }

  @Test
  void theEnvironmentGivesTheBaseUrlWhenTheOptionIsNotSetAndTheOptionWins() {
    assertThat(parsed().siteSettings("https://desk.example.net").baseUrl())
        .isEqualTo(URI.create("https://desk.example.net"));
    assertThat(
            parsed("--base-url", "https://news.example.org")
                .siteSettings("https://desk.example.net")
                .baseUrl())
        .isEqualTo(URI.create("https://news.example.org"));
  }

  @Test
  void withoutABaseUrlTheSiteUsesTheAddressItListensOn() {
    assertThat(parsed().siteSettings(null).baseUrl()).isNull();
    assertThat(parsed().siteSettings(" ").baseUrl()).isNull();
  }

  @Test
  void aBaseUrlThatIsNotHttpIsAUsageErrorInOneLineBeforeAnythingStarts() {
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new NewsbridgeCommand());
    line.setExecutionExceptionHandler(new FriendlyErrors());
    line.setErr(new PrintWriter(err));

    int exit = line.execute("serve", "--base-url", "ftp://news.example.org", "--data", data.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("http(s)").doesNotContain("\tat ");
    assertThat(data).isEmptyDirectory();
    assertThatThrownBy(() -> parsed("--base-url", "not a url").siteSettings(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--base-url");
  }
}
