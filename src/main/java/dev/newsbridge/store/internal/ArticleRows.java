package dev.newsbridge.store.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads article rows (with their source name and tags) back into {@link StoredArticle}s. */
final class ArticleRows {

  /** Every article column plus the source's name; callers append WHERE/ORDER BY constants. */
  static final String SELECT =
      "SELECT a.id, a.source_id, s.name AS source_name, a.language, a.url, a.title, a.author,"
          + " a.outlet, a.published_at, a.paragraphs_json, a.charset, a.warnings_json,"
          + " a.translation_engine, a.translation_label, a.translation_title,"
          + " a.translation_paragraphs_json, a.translation_entities_json, a.fetched_at"
          + " FROM article a JOIN source s ON s.id = a.source_id";

  /** The title a reader sees: the translation's when there is one (as displayTitle()). */
  static final String DISPLAY_TITLE =
      "CASE WHEN translation_paragraphs_json IS NOT NULL THEN translation_title ELSE title END";

  private ArticleRows() {}

  static Optional<StoredArticle> byId(Connection c, long id) throws SQLException {
    Optional<Row> row = Sql.one(c, SELECT + " WHERE a.id = ?", ArticleRows::row, id);
    return row.isPresent() ? Optional.of(withTags(c, row.get())) : Optional.empty();
  }

  /** Maps rows, then loads each one's tags (a page is small; one indexed query per article). */
  static List<StoredArticle> withTags(Connection c, List<Row> rows) throws SQLException {
    List<StoredArticle> articles = new ArrayList<>(rows.size());
    for (Row row : rows) {
      articles.add(withTags(c, row));
    }
    return articles;
  }

  static StoredArticle withTags(Connection c, Row row) throws SQLException {
    return row.toArticle(tags(c, row.id()));
  }

  static List<Tag> tags(Connection c, long articleId) throws SQLException {
    return Sql.list(
        c,
        "SELECT coalesce(at.name, t.name) AS name, t.slug, t.kind"
            + " FROM article_tag at JOIN tag t ON t.id = at.tag_id"
            + " WHERE at.article_id = ? ORDER BY at.position",
        TagSql::tag,
        articleId);
  }

  static Row row(ResultSet rs) throws SQLException {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create(rs.getString("url")),
            rs.getString("title"),
            rs.getString("author"),
            rs.getString("outlet"),
            Times.offsetDateTime(rs.getString("published_at")),
            Json.strings(rs.getString("paragraphs_json")),
            rs.getString("charset"),
            Json.strings(rs.getString("warnings_json")));
    return new Row(
        rs.getLong("id"),
        rs.getLong("source_id"),
        rs.getString("source_name"),
        rs.getString("language"),
        original,
        translation(rs),
        rs.getString("fetched_at"));
  }

  private static Translation translation(ResultSet rs) throws SQLException {
    String paragraphs = rs.getString("translation_paragraphs_json");
    if (paragraphs == null) {
      return null; // pending, or an English original
    }
    return new Translation(
        rs.getString("translation_engine"),
        rs.getString("translation_label"),
        rs.getString("translation_title"),
        Json.strings(paragraphs),
        Json.entities(rs.getString("translation_entities_json")));
  }

  /** An article row before its tags are loaded. */
  record Row(
      long id,
      long sourceId,
      String sourceName,
      String language,
      ExtractedArticle original,
      Translation translation,
      String fetchedAt) {

    StoredArticle toArticle(List<Tag> tags) {
      return new StoredArticle(
          id,
          sourceId,
          sourceName,
          language,
          original,
          translation,
          tags,
          Times.instant(fetchedAt));
    }
  }
}
