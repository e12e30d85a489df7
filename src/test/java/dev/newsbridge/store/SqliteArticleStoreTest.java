package dev.newsbridge.store;

import static dev.newsbridge.store.TestArticles.march9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.newsbridge.source.Source;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store contract on a real SQLite file, plus what is particular to SQLite. */
class SqliteArticleStoreTest extends ArticleStoreContract {

  @TempDir Path dataDir;

  @Override
  protected ArticleStore openEmptyStore(InstantSource clock) {
    return SqliteArticleStore.open(dataDir, clock);
  }

  @Nested
  class SavingSeveralAtOnce {

    @Test
    void everyArticleIsStoredAndTheIdsComeBackInTheOrderGiven() {
      List<Long> ids =
          store.saveAll(
              List.of(
                  TestArticles.openAiBoard(source.id(), "https://x.cn/batch-1"),
                  TestArticles.openAiBoard(source.id(), "https://x.cn/batch-2")));

      assertThat(ids).hasSize(2).doesNotHaveDuplicates();
      assertThat(store.article(ids.get(0)).orElseThrow().original().url())
          .hasToString("https://x.cn/batch-1");
      assertThat(store.article(ids.get(1)).orElseThrow().original().url())
          .hasToString("https://x.cn/batch-2");
    }

    @Test
    void anArticleAlreadyStoredOrTwiceInTheBatchKeepsItsOneId() {
      long first = store.save(TestArticles.openAiBoard(source.id(), "https://x.cn/known"));

      List<Long> ids =
          store.saveAll(
              List.of(
                  TestArticles.openAiBoard(source.id(), "https://x.cn/known"),
                  TestArticles.openAiBoard(source.id(), "https://x.cn/twice"),
                  TestArticles.openAiBoard(source.id(), "https://x.cn/twice")));

      assertThat(ids.get(0)).isEqualTo(first);
      assertThat(ids.get(2)).isEqualTo(ids.get(1));
    }

    @Test
    void whenOneArticleCannotBeStoredNoneOfTheBatchIs() {
      List<NewArticle> batch =
          List.of(
              TestArticles.openAiBoard(source.id(), "https://x.cn/good"),
              TestArticles.openAiBoard(source.id() + 999, "https://x.cn/unknown-source"));

      assertThatThrownBy(() -> store.saveAll(batch)).isInstanceOf(RuntimeException.class);
      assertThat(store.containsUrl(java.net.URI.create("https://x.cn/good"))).isFalse();
    }
  }

  @Nested
  class Durability {

    @Test
    void articlesSourcesAndBookkeepingSurviveCloseAndReopen() {
      long id = save(TestArticles.openAiBoard(source.id(), "https://news.example.cn/a/1"));
      store.addAlias(id, URI.create("https://news.example.cn/a/1?from=rss"));
      store.recordFailedItem(source.id(), URI.create("https://news.example.cn/bad"), "boom", NOW);
      StoredArticle before = store.article(id).orElseThrow();
      store.close();

      store = SqliteArticleStore.open(dataDir);

      assertThat(store.sources()).containsExactly(source);
      assertThat(store.article(id)).contains(before);
      assertThat(store.containsUrl(URI.create("https://news.example.cn/a/1?from=rss"))).isTrue();
      assertThat(store.failedItems()).hasSize(1);
    }

    @Test
    void theDatabaseFileIsNamedNewsbridgeDbInTheDataDirectory() {
      assertThat(dataDir.resolve("newsbridge.db")).isRegularFile();
      assertThat(((SqliteArticleStore) store).databaseFile())
          .isEqualTo(dataDir.resolve("newsbridge.db").toAbsolutePath());
    }

    @Test
    void theJournalIsInWalModeAndTheSchemaIsIntact() throws Exception {
      save(TestArticles.openAiBoard(source.id(), "https://news.example.cn/a/1"));

      try (Connection c =
              DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsbridge.db"));
          Statement s = c.createStatement()) {
        assertThat(scalar(s, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(scalar(s, "PRAGMA integrity_check")).isEqualTo("ok");
        // Every migration applied, whichever helper added it (V1, V4 translation cache, ...).
        assertThat(scalar(s, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
            .isEqualTo(Long.toString(migrationFiles()));
      }
    }

    @Test
    void aMissingDataDirectoryIsCreated() {
      Path nested = dataDir.resolve("deeper/still");

      try (ArticleStore created = SqliteArticleStore.open(nested)) {
        assertThat(created.sources()).isEmpty();
      }
      assertThat(nested.resolve("newsbridge.db")).isRegularFile();
    }

    private String scalar(Statement s, String sql) throws Exception {
      try (ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  @Nested
  class HostileText {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "' OR 1=1 --",
          "\"; DROP TABLE article; --",
          "Robert'); DELETE FROM source; --",
          "%",
          "_",
          "\\",
          "奥特曼' UNION SELECT * FROM source --"
        })
    void sqlLookingTextIsStoredAndFoundAsPlainText(String hostile) {
      String url = "https://news.example.cn/q?x=" + Integer.toHexString(hostile.hashCode());
      NewArticle article = TestArticles.translated(source.id(), url, hostile, march9(9, 0));

      long id = save(article);
      store.recordSourceFailure(source.id(), hostile, NOW);

      assertThat(store.article(id).orElseThrow().displayTitle()).isEqualTo(hostile);
      assertThat(store.source(source.id()).orElseThrow().health().lastError()).isEqualTo(hostile);
      assertThat(store.byTag(hostile, 10, 0).total()).isZero();
      assertThat(store.latest(10, 0).total()).isEqualTo(1);
      assertThat(store.sources()).hasSize(1);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void readersOnOtherThreadsSeeWholeArticlesWhileOneThreadWrites() throws Exception {
      int articles = 150;
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Future<?> writer =
            pool.submit(
                () -> {
                  for (int i = 0; i < articles; i++) {
                    save(TestArticles.openAiBoard(source.id(), "https://news.example.cn/c/" + i));
                  }
                });
        List<Future<Long>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(pool.submit(() -> readUntilDone(writer)));
        }
        writer.get();
        for (Future<Long> reader : readers) {
          assertThat(reader.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.latest(1, 0).total()).isEqualTo(articles);
    }

    /** Reads pages until the writer is done; every article seen must be complete. */
    private long readUntilDone(Future<?> writer) {
      long reads = 0;
      do {
        ArticlePage page = store.latest(20, 0);
        for (StoredArticle a : page.items()) {
          assertThat(a.tags()).hasSize(3);
          assertThat(a.translation()).isNotNull();
        }
        assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
        reads++;
      } while (!writer.isDone());
      return reads;
    }
  }

  @Nested
  class LaterTranslations {

    private SqliteArticleStore sqlite() {
      return (SqliteArticleStore) store;
    }

    @Test
    void aTranslationSavedLaterFillsThePendingOneAndReplacesTheTags() {
      long id = save(TestArticles.pendingTranslation(source.id(), "https://news.example.cn/p"));
      Translation english =
          new Translation(
              "offline-gloss",
              "Translated from Chinese",
              "Stocks close slightly higher",
              List.of("Shanghai and Shenzhen closed slightly higher today."),
              List.of());

      sqlite().saveTranslation(id, english, List.of(TestArticles.MARKETS));

      StoredArticle stored = store.article(id).orElseThrow();
      assertThat(stored.translation()).isEqualTo(english);
      assertThat(stored.translationPending()).isFalse();
      assertThat(stored.tags()).containsExactly(TestArticles.MARKETS);
      assertThat(store.byTag("markets", 10, 0).total()).isEqualTo(1);
    }

    @Test
    void pendingTranslationsListsOnlyUntranslatedNonEnglishArticlesOldestFirst() {
      long first = save(TestArticles.pendingTranslation(source.id(), "https://news.example.cn/p1"));
      save(TestArticles.openAiBoard(source.id(), "https://news.example.cn/translated"));
      NewArticle english =
          TestArticles.pendingTranslation(source.id(), "https://news.example.com/en");
      save(
          new NewArticle(
              source.id(), "en", english.original(), null, List.of(), english.fetchedAt()));
      long second =
          save(TestArticles.pendingTranslation(source.id(), "https://news.example.cn/p2"));

      assertThat(sqlite().pendingTranslations(10)).containsExactly(first, second);
      assertThat(sqlite().pendingTranslations(1)).containsExactly(first);
    }

    @Test
    void aTranslationForAnUnknownArticleIsRejectedAndNothingChanges() {
      Translation english = new Translation("e", "l", "t", List.of("p"), List.of());

      assertThatThrownBy(
              () -> sqlite().saveTranslation(4040, english, List.of(TestArticles.OPENAI)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("4040");
      assertThat(store.tag("openai")).isEmpty();
    }
  }

  @Nested
  class UnusableDataDirectory {

    @Test
    void aDataDirectoryThatIsAFileFailsWithAMessageNamingIt() throws Exception {
      Path file = Files.writeString(dataDir.resolve("not-a-dir"), "x");

      assertThatThrownBy(() -> SqliteArticleStore.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("not a directory");
    }

    @Test
    void aDataDirectoryUnderAFileFailsWithAMessageNamingThePathAndCause() throws Exception {
      Path file = Files.writeString(dataDir.resolve("plain-file"), "x");
      Path impossible = file.resolve("data");

      assertThatThrownBy(() -> SqliteArticleStore.open(impossible))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(impossible.toString())
          .hasMessageContaining("Exception");
    }

    @Test
    void aReadOnlyDataDirectoryFailsWithAMessageNamingIt() throws Exception {
      Path readOnly = Files.createDirectory(dataDir.resolve("read-only"));
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        assumeFalse(Files.isWritable(readOnly), "permissions are not enforced (running as root)");

        assertThatThrownBy(() -> SqliteArticleStore.open(readOnly))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining(readOnly.toString())
            .hasMessageContaining("not writable");
      } finally {
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }

    @Test
    void aCorruptDatabaseFileFailsWithAMessageNamingIt() throws Exception {
      Path dir = Files.createDirectory(dataDir.resolve("corrupt"));
      Files.writeString(
          dir.resolve("newsbridge.db"), "this is not an SQLite database ".repeat(200));

      assertThatThrownBy(() -> SqliteArticleStore.open(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.resolve("newsbridge.db").toString());
    }
  }

  @Test
  void usingAClosedStoreFailsClearly() {
    store.close();

    assertThatThrownBy(
            () -> store.addSource("x", URI.create("https://y.example/feed"), null, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> store.sources()).isInstanceOf(IllegalStateException.class);
    store = SqliteArticleStore.open(dataDir); // so that @AfterEach has something to close
    assertThat(store.sources()).extracting(Source::id).containsExactly(source.id());
  }

  private static long migrationFiles() throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration/sqlite"))) {
      return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
