package dev.newsbridge.store.internal;

import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;
import dev.newsbridge.source.SourceKind;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sources, their health bookkeeping, and feed cache validators. */
public final class SourceSql {

  /** Longest error message kept, in characters; longer ones are cut (a stack dump helps no one). */
  public static final int MAX_ERROR_CHARS = 2000;

  /** Its one parameter is the epoch-ms start of the articles-per-day window. */
  private static final String SELECT =
      "SELECT id, name, url, language, allow_private_hosts, added_at,"
          + " error_count, last_error, last_success_at, last_attempt_at, kind, next_attempt_at,"
          + " (SELECT count(*) FROM article a WHERE a.source_id = source.id AND a.sort_key >= ?)"
          + " AS recent_articles FROM source";

  private SourceSql() {}

  /** Adds a source unless its URL is known, and returns the stored row either way. */
  public static Source add(
      Connection c,
      String name,
      URI url,
      String language,
      boolean allowPrivate,
      SourceKind kind,
      Instant now)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO source (name, url, language, allow_private_hosts, added_at, kind)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
        name,
        url.toString(),
        language,
        allowPrivate,
        Times.text(now),
        kind.label());
    return Sql.one(
            c, SELECT + " WHERE url = ?", SourceSql::source, windowStart(now), url.toString())
        .orElseThrow();
  }

  /** Every source; {@code now} ends the articles-per-day window. */
  public static List<Source> all(Connection c, Instant now) throws SQLException {
    return Sql.list(c, SELECT + " ORDER BY id", SourceSql::source, windowStart(now));
  }

  public static Optional<Source> byId(Connection c, long id, Instant now) throws SQLException {
    return Sql.one(c, SELECT + " WHERE id = ?", SourceSql::source, windowStart(now), id);
  }

  /** Plans the source's next fetch; null means as soon as possible. */
  public static void schedule(Connection c, long sourceId, Instant nextAttemptAt)
      throws SQLException {
    int changed =
        Sql.update(
            c,
            "UPDATE source SET next_attempt_at = ? WHERE id = ?",
            nextAttemptAt == null ? null : Times.text(nextAttemptAt),
            sourceId);
    requireFound(changed, sourceId);
  }

  /** The SHA-256 (hex) of the source's document last read in full, if any. */
  public static Optional<String> contentHash(Connection c, long sourceId) throws SQLException {
    return Sql.one(
        c,
        "SELECT content_hash FROM source WHERE id = ? AND content_hash IS NOT NULL",
        rs -> rs.getString(1),
        sourceId);
  }

  public static void saveContentHash(Connection c, long sourceId, String hash)
      throws SQLException {
    requireFound(
        Sql.update(c, "UPDATE source SET content_hash = ? WHERE id = ?", hash, sourceId), sourceId);
  }

  private static long windowStart(Instant now) {
    return now.minus(Duration.ofDays(SourceHealth.ARTICLES_PER_DAY_WINDOW_DAYS)).toEpochMilli();
  }

  public static void recordSuccess(Connection c, long sourceId, Instant at) throws SQLException {
    int changed =
        Sql.update(
            c,
            "UPDATE source SET error_count = 0, last_error = NULL, last_success_at = ?,"
                + " last_attempt_at = ? WHERE id = ?",
            Times.text(at),
            Times.text(at),
            sourceId);
    requireFound(changed, sourceId);
  }

  public static void recordFailure(Connection c, long sourceId, String error, Instant at)
      throws SQLException {
    int changed =
        Sql.update(
            c,
            "UPDATE source SET error_count = error_count + 1, last_error = ?, last_attempt_at = ?"
                + " WHERE id = ?",
            truncate(error),
            Times.text(at),
            sourceId);
    requireFound(changed, sourceId);
  }

  public static void requireExists(Connection c, long sourceId) throws SQLException {
    requireFound(
        (int) Sql.count(c, "SELECT count(*) FROM source WHERE id = ?", sourceId), sourceId);
  }

  public static Validators validators(Connection c, URI url) throws SQLException {
    return Sql.one(
            c,
            "SELECT etag, last_modified FROM feed_validators WHERE url = ?",
            rs -> new Validators(rs.getString("etag"), rs.getString("last_modified")),
            url.toString())
        .orElse(Validators.NONE);
  }

  public static void saveValidators(Connection c, URI url, Validators validators)
      throws SQLException {
    if (validators.isEmpty()) {
      Sql.update(c, "DELETE FROM feed_validators WHERE url = ?", url.toString());
      return;
    }
    Sql.update(
        c,
        "INSERT INTO feed_validators (url, etag, last_modified) VALUES (?, ?, ?)"
            + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
            + " last_modified = excluded.last_modified",
        url.toString(),
        validators.etag(),
        validators.lastModified());
  }

  /** Error text as stored: never null, at most {@value #MAX_ERROR_CHARS} characters. */
  static String truncate(String error) {
    String text = error == null || error.isBlank() ? "(no message)" : error;
    return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS - 1) + "…";
  }

  private static void requireFound(int rows, long sourceId) {
    if (rows == 0) {
      throw new IllegalArgumentException("No source with id " + sourceId);
    }
  }

  private static Source source(ResultSet rs) throws SQLException {
    SourceHealth health =
        new SourceHealth(
            rs.getInt("error_count"),
            rs.getString("last_error"),
            Times.instant(rs.getString("last_success_at")),
            Times.instant(rs.getString("last_attempt_at")),
            Times.instant(rs.getString("next_attempt_at")),
            rs.getLong("recent_articles") / (double) SourceHealth.ARTICLES_PER_DAY_WINDOW_DAYS);
    return new Source(
        rs.getLong("id"),
        rs.getString("name"),
        URI.create(rs.getString("url")),
        rs.getString("language"),
        rs.getInt("allow_private_hosts") == 1,
        Times.instant(rs.getString("added_at")),
        health,
        SourceKind.ofLabel(rs.getString("kind")));
  }
}
