package dev.newsbridge.search;

import dev.newsbridge.store.StoredArticle;
import java.util.Set;

/**
 * The search port: full-text search over the original text (Chinese-aware analysis) and the
 * English translation. Lucene is the embedded implementation. The index follows the store and is
 * rebuilt from it when they disagree.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces the article (keyed by id). Visible after {@link #commit()}. */
  void index(StoredArticle article);

  /** Makes indexed articles durable and searchable. Call only after the database commit. */
  void commit();

  /**
   * Searches; any user input is safe (syntax errors are ignored, never thrown).
   *
   * @throws IllegalArgumentException when the query is too long or too complex
   */
  SearchHits search(String query, int limit, int offset);

  /** Ids of every indexed article. */
  Set<Long> indexedIds();

  @Override
  void close();
}
