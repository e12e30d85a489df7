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
import java.util.Locale;
import java.util.Map;

/**
 * The DeepL API ({@code POST /v2/translate}, JSON body, header {@code Authorization: DeepL-Auth-Key
 * KEY}): {@code text} an array of paragraphs, {@code source_lang}, {@code target_lang=EN-US}, and
 * {@code glossary_id} when one is configured. Status 456 (quota exceeded) and 429 are reported as
 * such. Names travel as placeholders, so the project glossary needs no upload; a DeepL glossary
 * ({@code glossary_id}, created with DeepL's own glossary API) can still steer other terms.
 */
public final class DeepLEngine extends BatchingEngine {
  /** The engine id stored with each translation: {@value}. */
  public static final String ENGINE_ID = "deepl";

  /** What readers are told: {@value}. */
  public static final String LABEL = "Translated from Chinese by DeepL";

  /** DeepL Pro's endpoint: {@value}. */
  public static final String PRO_URL = "https://api.deepl.com";

  /** DeepL Free's endpoint, for keys ending in ":fx": {@value}. */
  public static final String FREE_URL = "https://api-free.deepl.com";

  /**
   * Defaults: 30 s per request, 4 requests at once, 50 paragraphs (DeepL's documented maximum of
   * texts per request) and 30,000 characters per request (DeepL caps a request body at 128 KiB; a
   * Chinese character is 3 bytes of UTF-8, plus JSON), 4 MiB answers.
   */
  public static final EngineLimits DEFAULT_LIMITS =
      new EngineLimits(Duration.ofSeconds(30), 4, 30_000, 50, EngineLimits.DEFAULT_MAX_ANSWER_BYTES);

  private final URI endpoint;
  private final String apiKey;
  private final String glossaryId;
  private final JsonHttp http;

  /**
   * @param baseUrl the API, or null for {@link #PRO_URL} / {@link #FREE_URL} chosen by the key
   * @param apiKey the DeepL authentication key (required)
   * @param glossaryId a DeepL glossary for ZH to EN, or null
   */
  public DeepLEngine(String baseUrl, String apiKey, String glossaryId, EngineLimits limits,
      InstantSource clock) {
    super(limits);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("DeepL needs an API key (NEWSBRIDGE_DEEPL_API_KEY)");
    }
    String url = baseUrl != null && !baseUrl.isBlank() ? baseUrl
        : apiKey.endsWith(":fx") ? FREE_URL : PRO_URL;
    this.endpoint = EngineUrls.resolve(EngineUrls.validate("DeepL", url), "/v2/translate");
    this.apiKey = apiKey;
    this.glossaryId = glossaryId == null || glossaryId.isBlank() ? null : glossaryId;
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
    body.put("text", batch);
    body.put("source_lang", sourceCode(language));
    body.put("target_lang", "EN-US");
    if (glossaryId != null) {
      body.put("glossary_id", glossaryId);
    }
    JsonHttp.Answer answer =
        http.postJson(endpoint, Map.of("Authorization", "DeepL-Auth-Key " + apiKey), body);
    if (answer.status() == 456) {
      throw http.failure(Kind.QUOTA_EXCEEDED, 456, "quota exceeded (HTTP 456)", null);
    }
    JsonNode translations = http.json(http.requireSuccess(answer)).path("translations");
    if (!translations.isArray()) {
      throw http.failure(Kind.MALFORMED_ANSWER, 200, "answer has no translations array", null);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode t : translations) {
      if (!t.path("text").isTextual()) {
        throw http.failure(Kind.MALFORMED_ANSWER, 200, "a translation has no text", null);
      }
      out.add(t.path("text").asText());
    }
    return out;
  }

  /** DeepL source codes are the upper-case language without region: zh-CN → ZH. */
  static String sourceCode(String language) {
    String lang = language == null ? "zh" : language;
    int dash = lang.indexOf('-');
    return (dash > 0 ? lang.substring(0, dash) : lang).toUpperCase(Locale.ROOT);
  }
}
