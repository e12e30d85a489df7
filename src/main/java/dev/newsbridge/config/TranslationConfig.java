package dev.newsbridge.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Which translation engine the desk uses and how to reach it, with the default beside each
 * option. Built from the environment ({@link #fromEnvironment}) and then overridden by command-line
 * flags; API keys come only from the environment, so they never show in a process list.
 *
 * @param engine the engine; default {@link Engine#offline} (no network)
 * @param openAiUrl base URL of an OpenAI-compatible API; default {@value #DEFAULT_OPENAI_URL}
 * @param openAiModel the model name; default {@value #DEFAULT_OPENAI_MODEL}
 * @param openAiApiKey Bearer token; null for local servers that need none
 * @param libreTranslateUrl LibreTranslate server; default {@value #DEFAULT_LIBRETRANSLATE_URL}
 * @param libreTranslateApiKey LibreTranslate {@code api_key}; null when the server needs none
 * @param deepLUrl DeepL API base; null picks api-free.deepl.com for ":fx" keys, else api.deepl.com
 * @param deepLApiKey DeepL authentication key (required for DeepL)
 * @param deepLGlossaryId a DeepL glossary id, or null
 * @param timeout total deadline per engine request; null keeps the engine's own default
 * @param concurrency most requests in flight to the engine; null keeps the engine's own default
 */
public record TranslationConfig(
    Engine engine,
    String openAiUrl,
    String openAiModel,
    String openAiApiKey,
    String libreTranslateUrl,
    String libreTranslateApiKey,
    String deepLUrl,
    String deepLApiKey,
    String deepLGlossaryId,
    Duration timeout,
    Integer concurrency) {

  /** The translation engines. Lower-case names, as typed on the command line. */
  public enum Engine {
    offline,
    openai,
    libretranslate,
    deepl;

    /** Parses an engine name, ignoring case; a clear error lists the choices. */
    public static Engine parse(String name) {
      try {
        return valueOf(name.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown engine '" + name
            + "'; choose offline, openai, libretranslate or deepl", e);
      }
    }
  }

  /** Default OpenAI-compatible base URL: {@value}. */
  public static final String DEFAULT_OPENAI_URL = "https://api.openai.com/v1";

  /** Default model: {@value}. */
  public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

  /** Default LibreTranslate server (its own default port, on this machine): {@value}. */
  public static final String DEFAULT_LIBRETRANSLATE_URL = "http://127.0.0.1:5000";

  public static final String ENGINE_ENV = "NEWSBRIDGE_ENGINE";
  public static final String OPENAI_URL_ENV = "NEWSBRIDGE_OPENAI_URL";
  public static final String OPENAI_MODEL_ENV = "NEWSBRIDGE_OPENAI_MODEL";
  public static final String OPENAI_API_KEY_ENV = "NEWSBRIDGE_OPENAI_API_KEY";
  public static final String LIBRETRANSLATE_URL_ENV = "NEWSBRIDGE_LIBRETRANSLATE_URL";
  public static final String LIBRETRANSLATE_API_KEY_ENV = "NEWSBRIDGE_LIBRETRANSLATE_API_KEY";
  public static final String DEEPL_URL_ENV = "NEWSBRIDGE_DEEPL_URL";
  public static final String DEEPL_API_KEY_ENV = "NEWSBRIDGE_DEEPL_API_KEY";
  public static final String DEEPL_GLOSSARY_ENV = "NEWSBRIDGE_DEEPL_GLOSSARY_ID";
  /** Seconds. */
  public static final String TIMEOUT_ENV = "NEWSBRIDGE_ENGINE_TIMEOUT";
  public static final String CONCURRENCY_ENV = "NEWSBRIDGE_ENGINE_CONCURRENCY";

  public TranslationConfig {
    if (engine == null) {
      engine = Engine.offline;
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("engine timeout must be positive");
    }
    if (concurrency != null && concurrency < 1) {
      throw new IllegalArgumentException("engine concurrency must be at least 1");
    }
  }

  /** The offline engine with every default. */
  public static TranslationConfig defaults() {
    return new TranslationConfig(Engine.offline, DEFAULT_OPENAI_URL, DEFAULT_OPENAI_MODEL, null,
        DEFAULT_LIBRETRANSLATE_URL, null, null, null, null, null, null);
  }

  /** Defaults overridden by whichever {@code NEWSBRIDGE_*} variables {@code env} sets. */
  public static TranslationConfig fromEnvironment(Map<String, String> env) {
    TranslationConfig d = defaults();
    String timeout = get(env, TIMEOUT_ENV, null);
    String concurrency = get(env, CONCURRENCY_ENV, null);
    return new TranslationConfig(
        Engine.parse(get(env, ENGINE_ENV, d.engine().name())),
        get(env, OPENAI_URL_ENV, d.openAiUrl()),
        get(env, OPENAI_MODEL_ENV, d.openAiModel()),
        get(env, OPENAI_API_KEY_ENV, null),
        get(env, LIBRETRANSLATE_URL_ENV, d.libreTranslateUrl()),
        get(env, LIBRETRANSLATE_API_KEY_ENV, null),
        get(env, DEEPL_URL_ENV, null),
        get(env, DEEPL_API_KEY_ENV, null),
        get(env, DEEPL_GLOSSARY_ENV, null),
        timeout == null ? null : Duration.ofSeconds(number(TIMEOUT_ENV, timeout)),
        concurrency == null ? null : (int) number(CONCURRENCY_ENV, concurrency));
  }

  public TranslationConfig withEngine(Engine e) {
    return new TranslationConfig(e, openAiUrl, openAiModel, openAiApiKey, libreTranslateUrl,
        libreTranslateApiKey, deepLUrl, deepLApiKey, deepLGlossaryId, timeout, concurrency);
  }

  public TranslationConfig withOpenAi(String url, String model, String apiKey) {
    return new TranslationConfig(engine, url, model, apiKey, libreTranslateUrl,
        libreTranslateApiKey, deepLUrl, deepLApiKey, deepLGlossaryId, timeout, concurrency);
  }

  public TranslationConfig withLibreTranslate(String url, String apiKey) {
    return new TranslationConfig(engine, openAiUrl, openAiModel, openAiApiKey, url, apiKey,
        deepLUrl, deepLApiKey, deepLGlossaryId, timeout, concurrency);
  }

  public TranslationConfig withDeepL(String url, String apiKey, String glossaryId) {
    return new TranslationConfig(engine, openAiUrl, openAiModel, openAiApiKey, libreTranslateUrl,
        libreTranslateApiKey, url, apiKey, glossaryId, timeout, concurrency);
  }

  public TranslationConfig withLimits(Duration t, Integer n) {
    return new TranslationConfig(engine, openAiUrl, openAiModel, openAiApiKey, libreTranslateUrl,
        libreTranslateApiKey, deepLUrl, deepLApiKey, deepLGlossaryId, t, n);
  }

  /** Keys are secrets: never printed. */
  @Override
  public String toString() {
    return "TranslationConfig[engine=" + engine + ", openAiUrl=" + openAiUrl + ", openAiModel="
        + openAiModel + ", libreTranslateUrl=" + libreTranslateUrl + ", deepLUrl=" + deepLUrl
        + ", timeout=" + timeout + ", concurrency=" + concurrency + "]";
  }

  private static long number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
    }
  }

  private static String get(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }
}
