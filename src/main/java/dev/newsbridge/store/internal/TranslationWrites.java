package dev.newsbridge.store.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.translate.Translation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Translations that arrive after the article was stored: a failed translation is retried later,
 * never dropped, and its result lands here with the tags chosen from it.
 */
public final class TranslationWrites {

  private TranslationWrites() {}

  /** Sets the article's translation and replaces its tags. */
  public static void save(Connection c, long articleId, Translation t, List<Tag> tags)
      throws SQLException {
    int changed =
        Sql.update(
            c,
            "UPDATE article SET translation_engine = ?, translation_label = ?,"
                + " translation_title = ?, translation_paragraphs_json = ?,"
                + " translation_entities_json = ? WHERE id = ?",
            t.engine(),
            t.label(),
            t.title(),
            Json.write(t.paragraphs()),
            Json.write(t.entities()),
            articleId);
    if (changed == 0) {
      throw new IllegalArgumentException("No article with id " + articleId);
    }
    Sql.update(c, "DELETE FROM article_tag WHERE article_id = ?", articleId);
    TagSql.link(c, articleId, tags);
    RetranslationSql.clear(c, articleId);
  }

  /** Ids of non-English articles without a translation, oldest stored first. */
  public static List<Long> pending(Connection c, int limit) throws SQLException {
    // V5: articles holding an edited glossary headword are pending again (RetranslationSql)
    return Sql.list(
        c,
        "SELECT id FROM article WHERE translation_paragraphs_json IS NULL AND language <> 'en'"
            + " OR id IN (SELECT article_id FROM glossary_retranslation)"
            + " ORDER BY id LIMIT ?",
        rs -> rs.getLong(1),
        limit);
  }
}
