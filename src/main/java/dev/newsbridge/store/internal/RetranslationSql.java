package dev.newsbridge.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The re-translation queue a glossary edit fills (V5): articles whose original title or text
 * contains an edited headword are translated again on the next ingest pass, and no others.
 */
public final class RetranslationSql {
  private RetranslationSql() {}

  /** Queues every non-English article whose original contains {@code term}; returns how many. */
  public static int request(Connection c, String term) throws SQLException {
    return Sql.update(c,
        "INSERT OR REPLACE INTO glossary_retranslation (article_id, term)"
            + " SELECT id, ? FROM article WHERE language <> 'en'"
            + " AND (instr(coalesce(title, ''), ?) > 0 OR instr(paragraphs_json, ?) > 0)",
        term, term, term);
  }

  /** Takes an article off the queue once its new translation is saved. */
  public static void clear(Connection c, long articleId) throws SQLException {
    Sql.update(c, "DELETE FROM glossary_retranslation WHERE article_id = ?", articleId);
  }
}
