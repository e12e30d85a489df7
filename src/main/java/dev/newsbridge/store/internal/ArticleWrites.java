package dev.newsbridge.store.internal;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Inserting articles, their tags and aliases. Callers run these inside one write transaction. */
public final class ArticleWrites {

  private ArticleWrites() {}

  /** Inserts the article with its tags, or returns the id already stored for its URL. */
  public static long save(Connection c, NewArticle article) throws SQLException {
    ExtractedArticle original = article.original();
    Optional<Long> existing = ArticleQueries.idByUrl(c, original.url());
    if (existing.isPresent()) {
      return existing.get();
    }
    SourceSql.requireExists(c, article.sourceId());
    Translation t = article.translation();
    long id =
        Sql.insert(
            c,
            "INSERT INTO article (url, source_id, language, title, author, outlet, published_at,"
                + " sort_key, paragraphs_json, charset, warnings_json, translation_engine,"
                + " translation_label, translation_title, translation_paragraphs_json,"
                + " translation_entities_json, fetched_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            original.url().toString(),
            article.sourceId(),
            article.language(),
            original.title(),
            original.author(),
            original.outlet(),
            Times.text(original.publishedAt()),
            Times.sortKey(original.publishedAt(), article.fetchedAt()),
            Json.write(original.paragraphs()),
            original.charset(),
            Json.write(original.warnings()),
            t == null ? null : t.engine(),
            t == null ? null : t.label(),
            t == null ? null : t.title(),
            t == null ? null : Json.write(t.paragraphs()),
            t == null ? null : Json.write(t.entities()),
            Times.text(article.fetchedAt()));
    TagSql.link(c, id, article.tags());
    return id;
  }

  /** Records another URL for a stored article; a URL already known is left as it is. */
  public static void addAlias(Connection c, long articleId, URI url) throws SQLException {
    if (Sql.count(c, "SELECT count(*) FROM article WHERE id = ?", articleId) == 0) {
      throw new IllegalArgumentException("No article with id " + articleId);
    }
    if (ArticleQueries.idByUrl(c, url).isPresent()) {
      return;
    }
    Sql.update(
        c, "INSERT INTO article_alias (url, article_id) VALUES (?, ?)", url.toString(), articleId);
  }
}
