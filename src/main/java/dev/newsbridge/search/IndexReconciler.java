package dev.newsbridge.search;

import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brings the index up to the database, which is the source of truth: every stored article that the
 * index lacks (after a crash between the database commit and the index commit, or with a deleted
 * index) is indexed and committed. Run it on start.
 *
 * <p>Out of scope: articles that changed in the database after they were indexed (re-index those
 * where they change) and index entries whose article is gone (the store never deletes).
 */
public final class IndexReconciler {

  /** Articles loaded and indexed per batch; the index is committed after each batch. */
  public static final int BATCH_SIZE = 200;

  private IndexReconciler() {}

  /** Indexes every stored article missing from the index, commits, and returns how many. */
  public static int reconcile(ArticleStore store, SearchIndex index) {
    Set<Long> indexed = index.indexedIds();
    List<Long> missing = new ArrayList<>();
    for (Long id : store.allIds()) {
      if (!indexed.contains(id)) {
        missing.add(id);
      }
    }
    int done = 0;
    for (int from = 0; from < missing.size(); from += BATCH_SIZE) {
      List<Long> batch = missing.subList(from, Math.min(from + BATCH_SIZE, missing.size()));
      for (StoredArticle article : store.articles(batch)) {
        index.index(article);
        done++;
      }
      index.commit();
    }
    return done;
  }
}
