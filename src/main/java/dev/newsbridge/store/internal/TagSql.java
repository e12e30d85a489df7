package dev.newsbridge.store.internal;

import dev.newsbridge.enrich.Tag;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Tags and the article-tag links. A tag is unique by slug; the first name and kind stored for a
 * slug are kept, a link keeps an article's own spelling where it differs, and a tag is read back
 * with its most common spelling.
 */
public final class TagSql {

  private TagSql() {}

  /**
   * The tag with the name most of its articles spell it with (Chen Hsiao-ming on a desk that
   * follows more Taiwan outlets than mainland ones); on a tie, or with no articles, the first
   * stored.
   */
  public static Optional<Tag> bySlug(Connection c, String slug) throws SQLException {
    return Sql.one(c,
        "SELECT COALESCE(at.name, t.name) AS name, t.slug, t.kind FROM tag t"
            + " LEFT JOIN article_tag at ON at.tag_id = t.id WHERE t.slug = ?"
            + " GROUP BY COALESCE(at.name, t.name)"
            + " ORDER BY COUNT(at.article_id) DESC, MIN(at.article_id) LIMIT 1",
        TagSql::tag, slug);
  }

  /**
   * Links the tags to the article in the given order; repeated slugs are linked once. The link
   * keeps the article's own name for the tag when it differs from the name stored for the slug.
   */
  static void link(Connection c, long articleId, List<Tag> tags) throws SQLException {
    for (int position = 0; position < tags.size(); position++) {
      Tag tag = tags.get(position);
      StoredTag stored = store(c, tag);
      Sql.update(
          c,
          "INSERT INTO article_tag (article_id, tag_id, position, name) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          articleId,
          stored.id(),
          position,
          stored.name().equals(tag.name()) ? null : tag.name());
    }
  }

  /** A tag's row: its id and the name first stored for its slug. */
  private record StoredTag(long id, String name) {}

  static Tag tag(ResultSet rs) throws SQLException {
    return new Tag(
        rs.getString("name"), rs.getString("slug"), Tag.Kind.valueOf(rs.getString("kind")));
  }

  /** Stores the tag unless its slug is stored already, and reads its row back in one query. */
  private static StoredTag store(Connection c, Tag tag) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO tag (slug, name, kind) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING",
        tag.slug(),
        tag.name(),
        tag.kind().name());
    return Sql.one(c, "SELECT id, name FROM tag WHERE slug = ?",
            rs -> new StoredTag(rs.getLong("id"), rs.getString("name")), tag.slug())
        .orElseThrow(() -> new SQLException("tag " + tag.slug() + " not stored"));
  }
}
