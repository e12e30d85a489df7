package dev.newsbridge.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.internal.ChatAnswer;
import dev.newsbridge.translate.engine.internal.ChatPrompt;
import dev.newsbridge.translate.engine.internal.EngineUrls;
import dev.newsbridge.translate.engine.internal.JsonHttp;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Any OpenAI-compatible chat-completions server ({@code POST {base}/chat/completions}): OpenAI
 * itself, or a local llama.cpp, vLLM or Ollama server. Temperature 0; the article's resolved names
 * go into the system prompt as a glossary and the names themselves stay placeholders. The answer
 * is asked for as structured JSON: first {@code response_format} {@code json_schema}; a server
 * that refuses it (HTTP 400/422) is asked again with {@code json_object}, then with the prompt
 * alone, and the first form that works is remembered. {@code finish_reason=length} is a failure
 * (a cut-off translation is not stored).
 */
public final class OpenAiEngine extends BatchingEngine {
  /** The engine id prefix; the id is {@code openai:<model>}, so a model change misses the cache. */
  public static final String ENGINE_PREFIX = "openai:";

  /**
   * Defaults: 120 s per request (a local model on a CPU is slow), 2 requests at once, 3,000
   * characters and 20 paragraphs per request (keeps the answer well inside the 4,096-token
   * context many local servers start with), 4 MiB answers.
   */
  public static final EngineLimits DEFAULT_LIMITS =
      new EngineLimits(Duration.ofSeconds(120), 2, 3_000, 20, EngineLimits.DEFAULT_MAX_ANSWER_BYTES);

  /** How the answer's JSON shape is requested, most structured first. */
  enum Format {
    JSON_SCHEMA,
    JSON_OBJECT,
    PROMPT_ONLY
  }

  private final URI endpoint;
  private final String model;
  private final String apiKey;
  private final JsonHttp http;
  private final AtomicReference<Format> format = new AtomicReference<>(Format.JSON_SCHEMA);

  /**
   * @param baseUrl the API base, e.g. {@code https://api.openai.com/v1} or {@code
   *     http://127.0.0.1:8080/v1} (llama.cpp); http or https only
   * @param model the model name sent with each request
   * @param apiKey sent as a Bearer token; null or blank for local servers that need none
   */
  public OpenAiEngine(String baseUrl, String model, String apiKey, EngineLimits limits,
      InstantSource clock) {
    super(limits);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("the OpenAI-compatible engine needs a model name");
    }
    this.endpoint = EngineUrls.resolve(EngineUrls.validate("OpenAI-compatible", baseUrl),
        "/chat/completions");
    this.model = model.strip();
    this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    this.http = new JsonHttp(engineId(), limits, clock);
  }

  @Override
  public String engineId() {
    return ENGINE_PREFIX + model;
  }

  @Override
  public String label() {
    return "Translated from Chinese by " + model + " via an OpenAI-compatible server";
  }

  @Override
  protected List<String> translateBatch(String language, List<String> batch, List<Entity> names)
      throws EngineException {
    Format tried = format.get();
    while (true) {
      JsonHttp.Answer answer = http.postJson(endpoint, headers(), body(language, batch, names,
          tried));
      boolean refusedFormat = answer.status() == 400 || answer.status() == 422;
      if (refusedFormat && tried != Format.PROMPT_ONLY) {
        tried = Format.values()[tried.ordinal() + 1];
        continue;
      }
      List<String> paragraphs = paragraphs(answer, batch.size());
      format.set(tried);
      return paragraphs;
    }
  }

  private Map<String, String> headers() {
    return apiKey == null ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
  }

  private Map<String, Object> body(String language, List<String> batch, List<Entity> names,
      Format f) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", model);
    body.put("temperature", 0);
    body.put("messages", ChatPrompt.messages(language, batch, names));
    if (f == Format.JSON_SCHEMA) {
      body.put("response_format", Map.of("type", "json_schema", "json_schema", Map.of(
          "name", "translation", "strict", true, "schema", Map.of(
              "type", "object",
              "properties", Map.of("paragraphs",
                  Map.of("type", "array", "items", Map.of("type", "string"))),
              "required", List.of("paragraphs"),
              "additionalProperties", false))));
    } else if (f == Format.JSON_OBJECT) {
      body.put("response_format", Map.of("type", "json_object"));
    }
    return body;
  }

  private List<String> paragraphs(JsonHttp.Answer answer, int expected) throws EngineException {
    if (answer.status() == 429 && answer.text().contains("insufficient_quota")) {
      throw http.failure(Kind.QUOTA_EXCEEDED, 429, "quota exceeded (insufficient_quota)", null);
    }
    JsonNode choice = http.json(http.requireSuccess(answer)).path("choices").path(0);
    if ("length".equals(choice.path("finish_reason").asText())) {
      throw http.failure(Kind.TRUNCATED, answer.status(),
          "the model stopped at its token limit (finish_reason=length)", null);
    }
    JsonNode content = choice.path("message").path("content");
    List<String> paragraphs = content.isTextual()
        ? ChatAnswer.paragraphs(content.asText(), expected) : null;
    if (paragraphs == null) {
      throw http.failure(Kind.MALFORMED_ANSWER, answer.status(),
          "the answer holds no paragraphs list", null);
    }
    return paragraphs;
  }
}
