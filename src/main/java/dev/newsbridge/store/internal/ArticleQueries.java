package dev.newsbridge.store.internal;

import dev.newsbridge.store.ArticlePage;
import dev.newsbridge.store.ArticleRef;
import dev.newsbridge.store.Neighbours;
import dev.newsbridge.store.StoredArticle;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reading articles: by id, by URL, and the newest-first listings. Order is the sort key
 * (publication time, else fetch time) with the id as tie-breaker, so paging is stable.
 */
public final class ArticleQueries {

  private static final String NEWEST_FIRST =
      " ORDER BY a.sort_key DESC, a.id DESC LIMIT ? OFFSET ?";

  private ArticleQueries() {}

  /** The article stored under this URL, as its canonical URL or as an alias. */
  public static Optional<Long> idByUrl(Connection c, URI url) throws SQLException {
    return Sql.one(
        c,
        "SELECT id FROM article WHERE url = ?1 UNION ALL"
            + " SELECT article_id FROM article_alias WHERE url = ?1 LIMIT 1",
        rs -> rs.getLong(1),
        url.toString());
  }

  public static Optional<StoredArticle> byId(Connection c, long id) throws SQLException {
    return ArticleRows.byId(c, id);
  }

  /** The articles with these ids in the given order; unknown ids are skipped. */
  public static List<StoredArticle> byIds(Connection c, Collection<Long> ids) throws SQLException {
    List<StoredArticle> found = new ArrayList<>(ids.size());
    for (Long id : ids) {
      if (id != null) {
        ArticleRows.byId(c, id).ifPresent(found::add);
      }
    }
    return found;
  }

  public static ArticlePage latest(Connection c, int limit, int offset) throws SQLException {
    List<ArticleRows.Row> rows =
        Sql.list(c, ArticleRows.SELECT + NEWEST_FIRST, ArticleRows::row, limit, offset);
    long total = Sql.count(c, "SELECT count(*) FROM article");
    return new ArticlePage(ArticleRows.withTags(c, rows), total);
  }

  public static ArticlePage bySource(Connection c, long sourceId, int limit, int offset)
      throws SQLException {
    List<ArticleRows.Row> rows =
        Sql.list(
            c,
            ArticleRows.SELECT + " WHERE a.source_id = ?" + NEWEST_FIRST,
            ArticleRows::row,
            sourceId,
            limit,
            offset);
    long total = Sql.count(c, "SELECT count(*) FROM article WHERE source_id = ?", sourceId);
    return new ArticlePage(ArticleRows.withTags(c, rows), total);
  }

  public static ArticlePage byTag(Connection c, String slug, int limit, int offset)
      throws SQLException {
    List<ArticleRows.Row> rows =
        Sql.list(
            c,
            ArticleRows.SELECT
                + " JOIN article_tag at ON at.article_id = a.id JOIN tag t ON t.id = at.tag_id"
                + " WHERE t.slug = ?"
                + NEWEST_FIRST,
            ArticleRows::row,
            slug,
            limit,
            offset);
    long total =
        Sql.count(
            c,
            "SELECT count(*) FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE t.slug = ?",
            slug);
    return new ArticlePage(ArticleRows.withTags(c, rows), total);
  }

  /** The older and newer article of the same source; both empty for an unknown id. */
  public static Neighbours neighbours(Connection c, long articleId) throws SQLException {
    Optional<long[]> position =
        Sql.one(
            c,
            "SELECT source_id, sort_key FROM article WHERE id = ?",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            articleId);
    if (position.isEmpty()) {
      return new Neighbours(Optional.empty(), Optional.empty());
    }
    long sourceId = position.get()[0];
    long sortKey = position.get()[1];
    Optional<ArticleRef> previous =
        Sql.one(
            c,
            "SELECT id, "
                + ArticleRows.DISPLAY_TITLE
                + " FROM article"
                + " WHERE source_id = ? AND (sort_key, id) < (?, ?)"
                + " ORDER BY sort_key DESC, id DESC LIMIT 1",
            rs -> new ArticleRef(rs.getLong(1), rs.getString(2)),
            sourceId,
            sortKey,
            articleId);
    Optional<ArticleRef> next =
        Sql.one(
            c,
            "SELECT id, "
                + ArticleRows.DISPLAY_TITLE
                + " FROM article"
                + " WHERE source_id = ? AND (sort_key, id) > (?, ?)"
                + " ORDER BY sort_key ASC, id ASC LIMIT 1",
            rs -> new ArticleRef(rs.getLong(1), rs.getString(2)),
            sourceId,
            sortKey,
            articleId);
    return new Neighbours(previous, next);
  }

  public static List<Long> allIds(Connection c) throws SQLException {
    return Sql.list(c, "SELECT id FROM article ORDER BY id", rs -> rs.getLong(1));
  }
}
