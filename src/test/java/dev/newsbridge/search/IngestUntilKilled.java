package dev.newsbridge.search;

import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.TestArticles;
import java.net.URI;
import java.nio.file.Path;

/**
 * Child process for {@link KillDuringIngestTest}: stores and indexes articles as ingest does
 * (database commit first, index commit every few articles) and prints {@code COMMITTED <id>} after
 * each database commit returns, until it is killed.
 *
 * <p>Arguments: data directory, round number (makes URLs unique across rounds).
 */
public final class IngestUntilKilled {

  /** Articles between index commits, so a kill usually leaves the index behind the database. */
  static final int INDEX_COMMIT_EVERY = 7;

  private IngestUntilKilled() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    String round = args[1];
    SqliteArticleStore store = SqliteArticleStore.open(dataDir);
    LuceneSearchIndex index = LuceneSearchIndex.open(dataDir.resolve("index"));
    IndexReconciler.reconcile(store, index);
    long sourceId = store.addSource("The Paper", URI.create("https://x.cn/rss"), "zh", false).id();
    System.out.println("READY");
    for (int i = 0; ; i++) {
      String url = "https://x.cn/round-" + round + "/article-" + i;
      long id = store.save(TestArticles.openAiBoard(sourceId, url));
      System.out.println("COMMITTED " + id);
      System.out.flush();
      index.index(store.article(id).orElseThrow());
      if (i % INDEX_COMMIT_EVERY == INDEX_COMMIT_EVERY - 1) {
        index.commit();
      }
    }
  }
}
