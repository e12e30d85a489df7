package dev.newsbridge.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.translate.Translation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code translation_cache} table (V4): whole translations as JSON, by their cache key. */
public final class TranslationCacheSql {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TranslationCacheSql() {}

  /** The cached translation, or empty; a row that no longer parses counts as a miss. */
  public static Optional<Translation> find(
      Connection c, String sourceHash, String engine, String glossaryVersion) throws SQLException {
    Optional<String> json = Sql.one(c,
        "SELECT translation_json FROM translation_cache"
            + " WHERE source_hash = ? AND engine = ? AND glossary_version = ?",
        rs -> rs.getString(1), sourceHash, engine, glossaryVersion);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(json.get(), Translation.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  public static void put(Connection c, String sourceHash, String engine, String glossaryVersion,
      Translation translation, Instant now) throws SQLException {
    String json;
    try {
      json = MAPPER.writeValueAsString(translation);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write translation JSON", e);
    }
    Sql.update(c,
        "INSERT OR REPLACE INTO translation_cache"
            + " (source_hash, engine, glossary_version, translation_json, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        sourceHash, engine, glossaryVersion, json, Times.text(now));
  }

  public static long count(Connection c) throws SQLException {
    return Sql.count(c, "SELECT COUNT(*) FROM translation_cache");
  }
}
