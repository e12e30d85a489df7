package dev.newsbridge.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.internal.EngineUrls;
import dev.newsbridge.translate.engine.internal.JsonHttp;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A LibreTranslate server ({@code POST /translate}, JSON): one request per batch with {@code q} an
 * array of paragraphs, {@code source}, {@code target=en}, {@code format=text} and {@code api_key}
 * when one is set; the answer's {@code translatedText} is an array in the same order. Names reach
 * it as placeholders (an MT model may rewrite their brackets; the entity layer repairs that).
 */
public final class LibreTranslateEngine extends BatchingEngine {
  /** The engine id stored with each translation: {@value}. */
  public static final String ENGINE_ID = "libretranslate";

  /** What readers are told: {@value}. */
  public static final String LABEL = "Translated from Chinese by LibreTranslate";

  /**
   * Defaults: 60 s per request, 2 requests at once (a LibreTranslate server translates on its CPU
   * and queues the rest), 5,000 characters and 25 paragraphs per request (below the character
   * limit public instances commonly set), 4 MiB answers.
   */
  public static final EngineLimits DEFAULT_LIMITS =
      new EngineLimits(Duration.ofSeconds(60), 2, 5_000, 25, EngineLimits.DEFAULT_MAX_ANSWER_BYTES);

  private final URI endpoint;
  private final String apiKey;
  private final JsonHttp http;

  /**
   * @param baseUrl the server, e.g. {@code http://127.0.0.1:5000}; http or https only
   * @param apiKey the server's API key, or null when it needs none
   */
  public LibreTranslateEngine(String baseUrl, String apiKey, EngineLimits limits,
      InstantSource clock) {
    super(limits);
    this.endpoint = EngineUrls.resolve(EngineUrls.validate("LibreTranslate", baseUrl), "/translate");
    this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    this.http = new JsonHttp(ENGINE_ID, limits, clock);
  }

  @Override
  public String engineId() {
    return ENGINE_ID;
  }

  @Override
  public String label() {
    return LABEL;
  }

  @Override
  protected List<String> translateBatch(String language, List<String> batch, List<Entity> names)
      throws EngineException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("q", batch);
    body.put("source", sourceCode(language));
    body.put("target", "en");
    body.put("format", "text");
    if (apiKey != null) {
      body.put("api_key", apiKey);
    }
    JsonNode answer = http.json(http.requireSuccess(http.postJson(endpoint, Map.of(), body)));
    JsonNode texts = answer.path("translatedText");
    List<String> out = new ArrayList<>();
    if (texts.isTextual() && batch.size() == 1) {
      out.add(texts.asText()); // some versions answer a one-element q with a plain string
    } else if (texts.isArray()) {
      for (JsonNode t : texts) {
        if (!t.isTextual()) {
          throw http.failure(Kind.MALFORMED_ANSWER, 200, "translatedText holds a non-string", null);
        }
        out.add(t.asText());
      }
    } else {
      throw http.failure(Kind.MALFORMED_ANSWER, 200, "answer has no translatedText array", null);
    }
    return out;
  }

  /** LibreTranslate names Chinese "zh" (Simplified); region and script subtags are dropped. */
  static String sourceCode(String language) {
    String lang = language == null || language.isBlank() ? "auto" : language;
    int dash = lang.indexOf('-');
    return dash > 0 ? lang.substring(0, dash) : lang;
  }
}
