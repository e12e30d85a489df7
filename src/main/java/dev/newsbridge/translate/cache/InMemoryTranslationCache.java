package dev.newsbridge.translate.cache;

import dev.newsbridge.translate.Translation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A cache in memory, least recently used first out once it holds {@code capacity} translations.
 * For one-shot commands and tests; the desk uses the SQLite cache, which survives restarts.
 */
public final class InMemoryTranslationCache implements TranslationCache {
  /** Default capacity: {@value} translations. */
  public static final int DEFAULT_CAPACITY = 1_000;

  private final Map<TranslationKey, Translation> entries;

  public InMemoryTranslationCache() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryTranslationCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<TranslationKey, Translation> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized Optional<Translation> find(TranslationKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public synchronized void put(TranslationKey key, Translation translation) {
    entries.put(key, translation);
  }

  public synchronized int size() {
    return entries.size();
  }
}
