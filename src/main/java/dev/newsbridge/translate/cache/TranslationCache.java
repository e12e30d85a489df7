package dev.newsbridge.translate.cache;

import dev.newsbridge.translate.Translation;
import java.util.Optional;

/**
 * The cache port: translations filed by {@link TranslationKey}. Implementations are thread-safe.
 * A cache may forget entries (it is a cache); it must never return a translation for another key.
 */
public interface TranslationCache {

  Optional<Translation> find(TranslationKey key);

  /** Files {@code translation} under {@code key}, replacing what was there. */
  void put(TranslationKey key, Translation translation);
}
