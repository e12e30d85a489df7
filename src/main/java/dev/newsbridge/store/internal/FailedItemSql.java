package dev.newsbridge.store.internal;

import dev.newsbridge.store.FailedItem;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Article URLs that failed to ingest and wait for a retry, oldest first. */
public final class FailedItemSql {

  private FailedItemSql() {}

  /** Records a failure; a URL that failed before keeps its row and counts one more attempt. */
  public static void record(Connection c, long sourceId, URI url, String error, Instant at)
      throws SQLException {
    SourceSql.requireExists(c, sourceId);
    Sql.update(
        c,
        "INSERT INTO failed_item (url, source_id, error, attempts, last_attempt_at)"
            + " VALUES (?, ?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET"
            + " source_id = excluded.source_id, error = excluded.error,"
            + " attempts = failed_item.attempts + 1, last_attempt_at = excluded.last_attempt_at",
        url.toString(),
        sourceId,
        SourceSql.truncate(error),
        Times.text(at));
  }

  public static void clear(Connection c, URI url) throws SQLException {
    Sql.update(c, "DELETE FROM failed_item WHERE url = ?", url.toString());
  }

  public static List<FailedItem> all(Connection c) throws SQLException {
    return Sql.list(
        c,
        "SELECT source_id, url, error, attempts, last_attempt_at FROM failed_item ORDER BY id",
        FailedItemSql::item);
  }

  private static FailedItem item(ResultSet rs) throws SQLException {
    return new FailedItem(
        rs.getLong("source_id"),
        URI.create(rs.getString("url")),
        rs.getString("error"),
        rs.getInt("attempts"),
        Times.instant(rs.getString("last_attempt_at")));
  }
}
