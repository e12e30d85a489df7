package dev.newsbridge.store.internal;

import dev.newsbridge.enrich.Tag;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Tags and the article-tag links. A tag is unique by slug; the first name and kind stored for a
 * slug are kept, and a link keeps an article's own spelling where it differs.
 */
public final class TagSql {

  private TagSql() {}

  public static Optional<Tag> bySlug(Connection c, String slug) throws SQLException {
    return Sql.one(c, "SELECT name, slug, kind FROM tag WHERE slug = ?", TagSql::tag, slug);
  }

  /**
   * Links the tags to the article in the given order; repeated slugs are linked once. The link
   * keeps the article's own name for the tag when it differs from the name stored for the slug.
   */
  static void link(Connection c, long articleId, List<Tag> tags) throws SQLException {
    for (int position = 0; position < tags.size(); position++) {
      Tag tag = tags.get(position);
      long tagId = idOf(c, tag);
      String stored = bySlug(c, tag.slug()).map(Tag::name).orElse(tag.name());
      Sql.update(
          c,
          "INSERT INTO article_tag (article_id, tag_id, position, name) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          articleId,
          tagId,
          position,
          stored.equals(tag.name()) ? null : tag.name());
    }
  }

  static Tag tag(ResultSet rs) throws SQLException {
    return new Tag(
        rs.getString("name"), rs.getString("slug"), Tag.Kind.valueOf(rs.getString("kind")));
  }

  private static long idOf(Connection c, Tag tag) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO tag (slug, name, kind) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING",
        tag.slug(),
        tag.name(),
        tag.kind().name());
    return Sql.count(c, "SELECT id FROM tag WHERE slug = ?", tag.slug());
  }
}
