package dev.newsbridge.translate.engine;

import dev.newsbridge.config.TranslationConfig;
import dev.newsbridge.translate.EntityAwareTranslator;
import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.TranslationEngine;
import java.time.InstantSource;

/** Builds the translator a {@link TranslationConfig} asks for, each engine inside the entity layer. */
public final class Engines {
  private Engines() {}

  /**
   * @throws IllegalArgumentException when the configuration is unusable (a URL that is not http or
   *     https, DeepL without a key), naming the setting
   */
  public static EntityAwareTranslator translator(TranslationConfig config, InstantSource clock) {
    if (config.engine() == TranslationConfig.Engine.offline) {
      return new OfflineGlossTranslator();
    }
    return new EntityAwareTranslator(engine(config, clock));
  }

  /** The HTTP engine of {@code config}; the offline engine has none here. */
  public static TranslationEngine engine(TranslationConfig config, InstantSource clock) {
    return switch (config.engine()) {
      case openai -> new OpenAiEngine(config.openAiUrl(), config.openAiModel(),
          config.openAiApiKey(), limits(OpenAiEngine.DEFAULT_LIMITS, config), clock);
      case libretranslate -> new LibreTranslateEngine(config.libreTranslateUrl(),
          config.libreTranslateApiKey(), limits(LibreTranslateEngine.DEFAULT_LIMITS, config),
          clock);
      case deepl -> new DeepLEngine(config.deepLUrl(), config.deepLApiKey(),
          config.deepLGlossaryId(), limits(DeepLEngine.DEFAULT_LIMITS, config), clock);
      case offline -> throw new IllegalArgumentException("the offline engine is not an HTTP engine");
    };
  }

  private static EngineLimits limits(EngineLimits defaults, TranslationConfig config) {
    EngineLimits l = defaults;
    if (config.timeout() != null) {
      l = l.withTimeout(config.timeout());
    }
    if (config.concurrency() != null) {
      l = l.withConcurrency(config.concurrency());
    }
    return l;
  }
}
