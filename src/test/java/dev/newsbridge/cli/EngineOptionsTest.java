package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.config.TranslationConfig;
import dev.newsbridge.config.TranslationConfig.Engine;
import dev.newsbridge.translate.engine.FakeEngineServer;
import dev.newsbridge.translate.engine.FakeEngineServer.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EngineOptionsTest {
  private static EngineOptions parse(String... args) {
    TranslateCommand command = new TranslateCommand();
    new CommandLine(command).parseArgs(args);
    return command.engine;
  }

  @Test
  void flagsWinOverTheEnvironmentWhichWinsOverTheDefaults() {
    Map<String, String> env = Map.of(
        "NEWSBRIDGE_ENGINE", "libretranslate",
        "NEWSBRIDGE_OPENAI_MODEL", "llama-3.1-8b",
        "NEWSBRIDGE_OPENAI_API_KEY", "sk-env",
        "NEWSBRIDGE_ENGINE_TIMEOUT", "45");

    TranslationConfig c = parse("--engine", "openai", "--openai-url", "http://127.0.0.1:8081/v1")
        .resolve(env);

    assertThat(c.engine()).isEqualTo(Engine.openai);
    assertThat(c.openAiUrl()).isEqualTo("http://127.0.0.1:8081/v1");
    assertThat(c.openAiModel()).isEqualTo("llama-3.1-8b");
    assertThat(c.openAiApiKey()).isEqualTo("sk-env");
    assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(c.libreTranslateUrl()).isEqualTo(TranslationConfig.DEFAULT_LIBRETRANSLATE_URL);
  }

  @Test
  void namesTheVariableWhenASettingIsNotUsable() {
    assertThatThrownBy(() -> parse().resolve(Map.of("NEWSBRIDGE_ENGINE_TIMEOUT", "soon")))
        .hasMessageContaining("NEWSBRIDGE_ENGINE_TIMEOUT");
    assertThatThrownBy(() -> parse("--engine", "babelfish").resolve(Map.of()))
        .hasMessageContaining("offline, openai, libretranslate or deepl");
  }

  @Test
  void isTheOfflineEngineWhenNothingIsSet() {
    assertThat(parse().resolve(Map.of())).isEqualTo(TranslationConfig.defaults());
  }

  @Test
  void takesApiKeysOnlyFromTheEnvironmentAndNeverPrintsThem() {
    assertThatThrownBy(() -> parse("--openai-api-key", "sk-secret"))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    TranslationConfig c = parse().resolve(Map.of("NEWSBRIDGE_DEEPL_API_KEY", "dk-secret"));
    assertThat(c.toString()).doesNotContain("dk-secret");
  }

  @Test
  void translatesAFileWithTheChosenEngine() throws Exception {
    try (FakeEngineServer server = new FakeEngineServer(Protocol.LIBRETRANSLATE)) {
      Run run = run("translate", "--engine", "libretranslate", "--libretranslate-url",
          server.baseUrl(), fixture());

      assertThat(run.code).isZero();
      assertThat(run.out.strip().split("\n")).hasSize(3);
      assertThat(run.out).contains("Altman", "Sutskever", "Microsoft").doesNotContain("⟦");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void reportsAnEngineUrlThatIsNotHttpAsAClearError() throws Exception {
    Run run = run("translate", "--engine", "openai", "--openai-url", "file:///etc/passwd",
        fixture());

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("must be http or https").doesNotContain("Exception");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String fixture() throws URISyntaxException {
    return Path.of(EngineOptionsTest.class.getResource("translate/three-paragraphs-about-openai.txt")
        .toURI()).toString();
  }
}
