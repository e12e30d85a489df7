package dev.newsbridge.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.translate.TranslationEngine;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.FakeEngineServer.Fault;
import dev.newsbridge.translate.engine.FakeEngineServer.Protocol;
import org.junit.jupiter.api.Test;

class DeepLEngineTest extends HttpEngineContract {
  @Override
  protected Protocol protocol() {
    return Protocol.DEEPL;
  }

  @Override
  protected TranslationEngine engine(String baseUrl, EngineLimits limits) {
    return new DeepLEngine(baseUrl, "deepl-key:fx", "gloss-1", limits, clock());
  }

  @Test
  void sendsTheKeyInItsHeaderAndTheTextsAsAnArray() throws TranslationException {
    int before = server.requests().size();

    translate(translator(), "第一段。", "第二段。");

    JsonNode body = server.requests().get(before);
    assertThat(body.path("text").size()).isEqualTo(2);
    assertThat(body.path("source_lang").asText()).isEqualTo("ZH");
    assertThat(body.path("target_lang").asText()).isEqualTo("EN-US");
    assertThat(body.path("glossary_id").asText()).isEqualTo("gloss-1");
    assertThat(server.headers().get(before))
        .containsEntry("authorization", "DeepL-Auth-Key deepl-key:fx");
  }

  @Test
  void reportsAnExhaustedQuota() {
    EngineException e = failureWith(Fault.QUOTA);

    assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXCEEDED);
    assertThat(e.status()).isEqualTo(456);
  }

  @Test
  void picksTheFreeOrProEndpointByTheKeyWhenNoUrlIsSet() {
    assertThat(new DeepLEngine(null, "k:fx", null, DeepLEngine.DEFAULT_LIMITS, clock()))
        .isNotNull();
    assertThat(engine(TEST_LIMITS).label()).isEqualTo("Translated from Chinese by DeepL");
  }
}
