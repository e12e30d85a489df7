package dev.newsbridge.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.translate.TranslationEngine;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.engine.FakeEngineServer.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibreTranslateEngineTest extends HttpEngineContract {
  @Override
  protected Protocol protocol() {
    return Protocol.LIBRETRANSLATE;
  }

  @Override
  protected TranslationEngine engine(String baseUrl, EngineLimits limits) {
    return new LibreTranslateEngine(baseUrl, "lt-key", limits, clock());
  }

  @Test
  void sendsOneBatchedRequestInTheDocumentedShape() throws TranslationException {
    int before = server.requests().size();

    translate(translator(), "第一段。", "第二段。");

    List<JsonNode> sent = server.requests().subList(before, server.requests().size());
    assertThat(sent).hasSize(1);
    JsonNode body = sent.get(0);
    assertThat(body.path("q").size()).isEqualTo(2);
    assertThat(body.path("source").asText()).isEqualTo("zh");
    assertThat(body.path("target").asText()).isEqualTo("en");
    assertThat(body.path("format").asText()).isEqualTo("text");
    assertThat(body.path("api_key").asText()).isEqualTo("lt-key");
  }

  @Test
  void hasAnHonestLabel() {
    assertThat(engine(TEST_LIMITS).label()).isEqualTo("Translated from Chinese by LibreTranslate");
  }
}
