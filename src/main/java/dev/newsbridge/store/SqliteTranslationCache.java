package dev.newsbridge.store;

import dev.newsbridge.store.internal.SqliteDatabase;
import dev.newsbridge.store.internal.TranslationCacheSql;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.cache.TranslationCache;
import dev.newsbridge.translate.cache.TranslationKey;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The translation cache in the store's own SQLite file (table {@code translation_cache}, migration
 * V4), sharing its connections: a cached translation survives restarts and is as durable as the
 * articles. Get one from {@link SqliteArticleStore#translationCache()}. Entries are never pruned
 * automatically; deleting rows is always safe.
 */
public final class SqliteTranslationCache implements TranslationCache {
  private final SqliteDatabase db;
  private final InstantSource clock;

  SqliteTranslationCache(SqliteDatabase db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Optional<Translation> find(TranslationKey key) {
    return db.read(c -> TranslationCacheSql.find(
        c, key.sourceHash(), key.engineId(), key.glossaryVersion()));
  }

  @Override
  public void put(TranslationKey key, Translation translation) {
    db.write(c -> {
      TranslationCacheSql.put(c, key.sourceHash(), key.engineId(), key.glossaryVersion(),
          translation, clock.instant());
      return null;
    });
  }

  /** How many translations are cached. */
  public long size() {
    return db.read(TranslationCacheSql::count);
  }
}
