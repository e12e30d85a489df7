package dev.newsbridge.search;

import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.TestArticles;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process for {@link KillDuringIngestTest}: stores and indexes articles as ingest does
 * (database commit first, index commit every few articles; articles stored alone or in batches
 * of up to three per transaction) and prints {@code COMMITTED <id>} for each article after its
 * database commit returns, until it is killed.
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
    for (int i = 0; ; ) {
      // Ingest stores articles prepared together in one transaction (issue #5): batches of 1-3.
      List<NewArticle> batch = new ArrayList<>();
      for (int n = i % 3; n >= 0; n--, i++) {
        String url = "https://x.cn/round-" + round + "/article-" + i;
        batch.add(TestArticles.openAiBoard(sourceId, url));
      }
      List<Long> ids = batch.size() == 1 ? List.of(store.save(batch.get(0))) : store.saveAll(batch);
      for (long id : ids) {
        System.out.println("COMMITTED " + id);
      }
      System.out.flush();
      for (long id : ids) {
        index.index(store.article(id).orElseThrow());
      }
      if (i / INDEX_COMMIT_EVERY != (i - ids.size()) / INDEX_COMMIT_EVERY) {
        index.commit();
      }
    }
  }
}
