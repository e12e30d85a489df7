package dev.newsbridge.cli;

import dev.newsbridge.config.TranslationConfig;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The translation engine options every translating command shares (a picocli mixin). Flags win
 * over {@code NEWSBRIDGE_*} environment variables, which win over the defaults in {@link
 * TranslationConfig}. API keys are read from the environment only, never from flags, so they do
 * not appear in process lists or shell history.
 */
final class EngineOptions {
  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description = "Translation engine: offline, openai, libretranslate or deepl."
          + " Default: $" + TranslationConfig.ENGINE_ENV + " or offline.")
  String engine;

  @Option(
      names = "--openai-url",
      paramLabel = "URL",
      description = "OpenAI-compatible API base, e.g. http://127.0.0.1:8080/v1 for llama.cpp."
          + " Default: $" + TranslationConfig.OPENAI_URL_ENV + " or "
          + TranslationConfig.DEFAULT_OPENAI_URL + ". Key: $" + TranslationConfig.OPENAI_API_KEY_ENV)
  String openAiUrl;

  @Option(
      names = "--openai-model",
      paramLabel = "MODEL",
      description = "Model name. Default: $" + TranslationConfig.OPENAI_MODEL_ENV + " or "
          + TranslationConfig.DEFAULT_OPENAI_MODEL + ".")
  String openAiModel;

  @Option(
      names = "--libretranslate-url",
      paramLabel = "URL",
      description = "LibreTranslate server. Default: $" + TranslationConfig.LIBRETRANSLATE_URL_ENV
          + " or " + TranslationConfig.DEFAULT_LIBRETRANSLATE_URL + ". Key: $"
          + TranslationConfig.LIBRETRANSLATE_API_KEY_ENV)
  String libreTranslateUrl;

  @Option(
      names = "--deepl-url",
      paramLabel = "URL",
      description = "DeepL API base. Default: $" + TranslationConfig.DEEPL_URL_ENV
          + ", else chosen by the key ($" + TranslationConfig.DEEPL_API_KEY_ENV + ").")
  String deepLUrl;

  @Option(
      names = "--engine-timeout",
      paramLabel = "SECONDS",
      description = "Total deadline per engine request. Default: $" + TranslationConfig.TIMEOUT_ENV
          + " or the engine's own (OpenAI 120, LibreTranslate 60, DeepL 30).")
  Long timeoutSeconds;

  @Option(
      names = "--engine-concurrency",
      paramLabel = "N",
      description = "Most requests in flight to the engine. Default: $"
          + TranslationConfig.CONCURRENCY_ENV + " or the engine's own (2, 2, 4).")
  Integer concurrency;

  TranslationConfig resolve() {
    return resolve(System.getenv());
  }

  /** The configuration from {@code env} with these flags applied on top. */
  TranslationConfig resolve(Map<String, String> env) {
    TranslationConfig c = TranslationConfig.fromEnvironment(env);
    if (engine != null) {
      c = c.withEngine(TranslationConfig.Engine.parse(engine));
    }
    c = c.withOpenAi(or(openAiUrl, c.openAiUrl()), or(openAiModel, c.openAiModel()),
        c.openAiApiKey());
    c = c.withLibreTranslate(or(libreTranslateUrl, c.libreTranslateUrl()),
        c.libreTranslateApiKey());
    c = c.withDeepL(or(deepLUrl, c.deepLUrl()), c.deepLApiKey(), c.deepLGlossaryId());
    return c.withLimits(
        timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : c.timeout(),
        concurrency != null ? concurrency : c.concurrency());
  }

  private static String or(String flag, String fallback) {
    return flag != null && !flag.isBlank() ? flag : fallback;
  }
}
