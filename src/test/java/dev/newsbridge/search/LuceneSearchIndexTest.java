package dev.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.search.internal.IndexFields;
import dev.newsbridge.store.StoredArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The search contract on a real Lucene index in a temporary directory, plus Lucene specifics. */
class LuceneSearchIndexTest extends SearchIndexContract {

  @Override
  protected SearchIndex openEmptyIndex(Path dir) {
    return LuceneSearchIndex.open(dir);
  }

  private Path indexDir() {
    return tempDir.resolve("index");
  }

  @Nested
  class Durability {

    @Test
    void committedArticlesSurviveCloseAndReopen() {
      indexAndCommit(board());
      index.close();

      index = LuceneSearchIndex.open(indexDir());

      assertThat(index.search("奥特曼", 10, 0).ids()).containsExactly(BOARD_ID);
      assertThat(index.indexedIds()).containsExactly(BOARD_ID);
    }

    @Test
    void articlesNotYetCommittedAreNotSearchableAndAreGoneAfterClose() {
      indexAndCommit(board());
      index.index(english(2, "Uncommitted", "Written after the last commit."));

      assertThat(index.search("uncommitted", 10, 0).total()).isZero();
      index.close();
      index = LuceneSearchIndex.open(indexDir());

      assertThat(index.indexedIds()).containsExactly(BOARD_ID);
    }

    @Test
    void anIndexAnalysedByAnEarlierVersionIsEmptiedSoThatReconciliationReindexesIt()
        throws Exception {
      indexAndCommit(board());
      index.close();
      markAnalysedBy("1");

      index = LuceneSearchIndex.open(indexDir());

      assertThat(index.indexedIds()).isEmpty();
      indexAndCommit(board());
      index.close();
      index = LuceneSearchIndex.open(indexDir());
      assertThat(index.indexedIds()).containsExactly(BOARD_ID);
    }

    @Test
    void anIndexWithoutAnAnalysisMarkIsEmptiedToo() throws Exception {
      indexAndCommit(board());
      index.close();
      markAnalysedBy(null);

      index = LuceneSearchIndex.open(indexDir());

      assertThat(index.indexedIds()).isEmpty();
    }

    /** Rewrites the index's commit data as an older Newsbridge (null: one that wrote none) left it. */
    private void markAnalysedBy(String version) throws Exception {
      try (var directory = FSDirectory.open(indexDir());
          var writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.setLiveCommitData(
            version == null ? Map.<String, String>of().entrySet()
                : Map.of(IndexFields.ANALYSIS_KEY, version).entrySet());
        writer.commit();
      }
    }

    @Test
    void aSecondWriterOnTheSameDirectoryFailsWithAMessageNamingIt() {
      assertThatThrownBy(() -> LuceneSearchIndex.open(indexDir()))
          .isInstanceOf(SearchIndexException.class)
          .hasMessageContaining(indexDir().toString())
          .hasMessageContaining("Lock");
    }

    @Test
    void anIndexDirectoryThatIsAFileFailsWithAMessageNamingIt() throws Exception {
      Path file = Files.writeString(tempDir.resolve("not-a-dir"), "x");

      assertThatThrownBy(() -> LuceneSearchIndex.open(file))
          .isInstanceOf(SearchIndexException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void searchesOnOtherThreadsRunWhileArticlesAreIndexedAndCommitted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                for (long id = 1; id <= 200; id++) {
                  index.index(english(id, "Budget story " + id, "The budget grew."));
                  if (id % 20 == 0) {
                    index.commit();
                  }
                }
              });
      List<Future<Long>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> searchUntilDone(writer)));
      }
      writer.get();
      for (Future<Long> reader : readers) {
        assertThat(reader.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.search("budget", 1, 0).total()).isEqualTo(200);
  }

  private long searchUntilDone(Future<?> writer) {
    long searches = 0;
    long lastTotal = 0;
    do {
      SearchHits hits = index.search("budget", 5, 0);
      assertThat(hits.total()).isGreaterThanOrEqualTo(lastTotal); // commits only ever add
      lastTotal = hits.total();
      searches++;
    } while (!writer.isDone());
    return searches;
  }

  @Test
  void anEnglishOriginalIsSearchableWithEnglishStemming() {
    StoredArticle article = english(5, "Regulators investigating chipmakers", "Body text.");
    indexAndCommit(article);

    assertThat(index.search("investigate chipmaker", 10, 0).ids()).containsExactly(5L);
  }
}
