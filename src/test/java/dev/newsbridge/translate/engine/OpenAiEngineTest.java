package dev.newsbridge.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.translate.EntityAwareTranslator;
import dev.newsbridge.translate.Fixtures;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationEngine;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.FakeEngineServer.Fault;
import dev.newsbridge.translate.engine.FakeEngineServer.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiEngineTest extends HttpEngineContract {
  @Override
  protected Protocol protocol() {
    return Protocol.OPENAI;
  }

  @Override
  protected TranslationEngine engine(String baseUrl, EngineLimits limits) {
    return new OpenAiEngine(baseUrl, "qwen2.5-7b-instruct", "sk-test", limits, clock());
  }

  private JsonNode lastRequest() {
    List<JsonNode> all = server.requests();
    return all.get(all.size() - 1);
  }

  @Test
  void asksForADeterministicStructuredAnswerFromTheConfiguredModel() throws TranslationException {
    translate(translator(), "微软发布新产品。");

    JsonNode body = lastRequest();
    assertThat(body.path("model").asText()).isEqualTo("qwen2.5-7b-instruct");
    assertThat(body.path("temperature").asInt()).isZero();
    assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
    assertThat(server.headers().get(server.headers().size() - 1))
        .containsEntry("authorization", "Bearer sk-test");
  }

  @Test
  void putsTheArticlesResolvedNamesInThePrompt() throws TranslationException {
    translate(translator(), "OpenAI首席执行官奥特曼表示，苏茨克维将留任。");

    String system = lastRequest().path("messages").path(0).path("content").asText();
    assertThat(system).contains("= 奥特曼 = Sam Altman", "= 苏茨克维 = Ilya Sutskever")
        .contains("Copy every token exactly");
  }

  @Test
  void treatsATokenLimitCutOffAsAFailure() {
    assertThat(failureWith(Fault.TRUNCATED).kind()).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void fallsBackToJsonObjectOnAServerWithoutJsonSchemaAndRemembersIt()
      throws TranslationException {
    server.fault(Fault.NO_JSON_SCHEMA);
    Translator fresh = new EntityAwareTranslator(engine(TEST_LIMITS));

    String first = translate(fresh, "微软发布新产品。").paragraphs().get(0);
    int before = server.requests().size();
    translate(fresh, "谷歌也发布了。");

    assertThat(first).contains("Microsoft");
    assertThat(server.requests().size() - before).isEqualTo(1);
    assertThat(lastRequest().path("response_format").path("type").asText())
        .isEqualTo("json_object");
  }

  @Test
  void saysWhichModelTranslated() {
    TranslationEngine engine = engine(TEST_LIMITS);

    assertThat(engine.engineId()).isEqualTo("openai:qwen2.5-7b-instruct");
    assertThat(engine.label()).isEqualTo(
        "Translated from Chinese by qwen2.5-7b-instruct via an OpenAI-compatible server");
  }

  @Test
  void writesTheFullNameFirstEvenWhenTheModelSpelledOutOnlySurnames() throws Exception {
    server.fault(Fault.SPELLED_OUT);

    Translation t = translator().translate(Fixtures.request("openai-board-ousts-altman.txt"));

    String body = String.join("\n", t.paragraphs());
    assertThat(body).contains("Sam Altman", "Greg Brockman", "Ilya Sutskever", "Mira Murati",
        "Elon Musk", "Microsoft").doesNotContain("Ultraman", "⟦");
    assertThat(body.split("Sam Altman", -1)).hasSize(2);
  }
}
