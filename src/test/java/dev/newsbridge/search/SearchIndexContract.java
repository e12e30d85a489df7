package dev.newsbridge.search;

import static dev.newsbridge.store.TestArticles.march9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.TestArticles;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SearchIndex} must do. An implementation's test extends this class and says how
 * to open an empty index.
 */
public abstract class SearchIndexContract {

  protected static final long BOARD_ID = 1;

  @TempDir protected Path tempDir;

  protected SearchIndex index;

  /** A new, empty index (it may keep its files under {@code dir}). */
  protected abstract SearchIndex openEmptyIndex(Path dir);

  @BeforeEach
  void openIndex() {
    index = openEmptyIndex(tempDir.resolve("index"));
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  /** A stored article as the store would hand it over, with the given id. */
  protected static StoredArticle stored(long id, NewArticle a) {
    return new StoredArticle(
        id,
        a.sourceId(),
        "The Paper",
        a.language(),
        a.original(),
        a.translation(),
        a.tags(),
        a.fetchedAt());
  }

  protected static StoredArticle board() {
    return stored(BOARD_ID, TestArticles.openAiBoard(1, "https://news.example.cn/a/1"));
  }

  protected static StoredArticle english(long id, String title, String body) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://news.example.com/" + id),
            title,
            null,
            null,
            march9(9, 0),
            List.of(body),
            "UTF-8",
            List.of());
    return stored(id, new NewArticle(1, "en", original, null, List.of(), TestArticles.FETCHED_AT));
  }

  protected static StoredArticle chinese(long id, String title, String body) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://news.example.cn/" + id),
            title,
            null,
            null,
            march9(9, 0),
            List.of(body),
            "UTF-8",
            List.of());
    return stored(id, new NewArticle(1, "zh", original, null, List.of(), TestArticles.FETCHED_AT));
  }

  protected void indexAndCommit(StoredArticle... articles) {
    for (StoredArticle article : articles) {
      index.index(article);
    }
    index.commit();
  }

  @Nested
  class FindingTheBoardStory {

    @BeforeEach
    void indexBoardStoryAndAnUnrelatedOne() {
      indexAndCommit(board(), english(2, "Markets close higher", "Shares rose in Shanghai."));
    }

    @Test
    void theEnglishNameFindsItInTheTranslation() {
      assertThat(index.search("Altman", 10, 0)).isEqualTo(new SearchHits(List.of(BOARD_ID), 1));
    }

    @Test
    void theChineseNameFindsItInTheOriginal() {
      assertThat(index.search("奥特曼", 10, 0)).isEqualTo(new SearchHits(List.of(BOARD_ID), 1));
    }

    @Test
    void aTagFindsIt() {
      assertThat(index.search("safety", 10, 0).ids()).containsExactly(BOARD_ID);
    }

    @Test
    void englishWordsMatchAcrossCaseAndInflection() {
      assertThat(index.search("ALTMAN boards", 10, 0).ids()).containsExactly(BOARD_ID);
    }

    @Test
    void everyWordMustMatch() {
      assertThat(index.search("Altman Microsoft", 10, 0).total()).isZero();
    }

    @Test
    void orAndNotOperatorsWork() {
      assertThat(index.search("Altman | Shanghai", 10, 0).ids())
          .containsExactlyInAnyOrder(BOARD_ID, 2L);
      assertThat(index.search("board -Altman", 10, 0).total()).isZero();
    }

    @Test
    void aPrefixFindsTheWholeWord() {
      assertThat(index.search("Altm*", 10, 0).ids()).containsExactly(BOARD_ID);
    }

    @Test
    void aBlankQueryFindsNothing() {
      assertThat(index.search("   ", 10, 0)).isEqualTo(new SearchHits(List.of(), 0));
    }
  }

  /** Taiwan and Hong Kong outlets write Traditional characters; readers type either script. */
  @Nested
  class TraditionalAndSimplifiedScripts {

    @BeforeEach
    void indexOneReportInEachScript() {
      indexAndCommit(
          chinese(20, "台湾举行地方选举", "选民今天投票选出县市长。"),
          chinese(21, "臺灣電動車銷量創新高", "業者表示，補貼帶動買氣。"));
    }

    @Test
    void aSimplifiedQueryFindsATraditionalReport() {
      assertThat(index.search("电动车", 10, 0).ids()).containsExactly(21L);
    }

    @Test
    void aTraditionalQueryFindsASimplifiedReport() {
      assertThat(index.search("選舉", 10, 0).ids()).containsExactly(20L);
    }

    @Test
    void aPlaceNameFindsBothScripts() {
      assertThat(index.search("台湾", 10, 0).ids()).containsExactlyInAnyOrder(20L, 21L);
    }
  }

  @Nested
  class Ranking {

    @Test
    void aChineseNameIsNotMatchedByItsCharactersScatteredThroughAText() {
      // "Man Utd specially recruits a player from the Austrian side": smartcn yields the single
      // characters 曼, 特 and 奥 here too, but apart and out of order.
      StoredArticle scattered = chinese(3, "曼联特招奥方球员", "俱乐部今天宣布了这一消息。");
      indexAndCommit(board(), scattered);

      assertThat(index.search("奥特曼", 10, 0).ids()).containsExactly(BOARD_ID);
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatch() {
      indexAndCommit(
          english(10, "Weather report", "Rain is expected; the Altman family cancelled a picnic."),
          english(11, "Altman speaks at conference", "He spoke for an hour."));

      assertThat(index.search("Altman", 10, 0).ids()).containsExactly(11L, 10L);
    }
  }

  @Nested
  class Paging {

    @BeforeEach
    void index25ArticlesMentioningTariffs() {
      LongStream.rangeClosed(1, 25)
          .forEach(id -> index.index(english(id, "Tariff note " + id, "Tariffs again.")));
      index.commit();
    }

    @Test
    void theTotalIsExactAndPagesDoNotOverlap() {
      SearchHits first = index.search("tariff", 10, 0);
      SearchHits second = index.search("tariff", 10, 10);
      SearchHits third = index.search("tariff", 10, 20);

      assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(25L);
      assertThat(third.ids()).hasSize(5);
      List<Long> all = new ArrayList<>(first.ids());
      all.addAll(second.ids());
      all.addAll(third.ids());
      assertThat(all).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void aZeroLimitStillCountsAndAnOffsetPastTheEndIsEmpty() {
      assertThat(index.search("tariff", 0, 0)).isEqualTo(new SearchHits(List.of(), 25));
      assertThat(index.search("tariff", 10, 100)).isEqualTo(new SearchHits(List.of(), 25));
    }

    @Test
    void aNegativeLimitOrOffsetIsRejected() {
      assertThatThrownBy(() -> index.search("tariff", -1, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> index.search("tariff", 10, -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class HostileQueries {

    @BeforeEach
    void indexBoardStory() {
      indexAndCommit(board());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "title:(",
          "\"unclosed",
          "a~99",
          "*",
          "+-+-",
          "trailing backslash \\",
          "' OR 1=1 --",
          "\"; DROP TABLE article; --",
          "((((((((((Altman",
          ")))|||+++---",
          "\u0000\u000B",
          "奥特曼\"",
          "%_\\%"
        })
    void neverThrowAndReturnAConsistentResult(String hostile) {
      SearchHits hits = index.search(hostile, 10, 0);

      assertThat(hits.total()).isBetween(0L, 1L);
      assertThat((long) hits.ids().size()).isEqualTo(hits.total());
    }

    @Test
    void anUnclosedQuoteStillFindsTheWords() {
      assertThat(index.search("\"Sam Altman", 10, 0).ids()).containsExactly(BOARD_ID);
    }

    @Test
    void anOverlongQueryIsRejectedWithAClearMessage() {
      assertThatThrownBy(() -> index.search("a".repeat(501), 10, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("too long")
          .hasMessageContaining("500");
    }

    @Test
    void aQueryWithTooManyWordsIsRejectedWithAClearMessage() {
      String manyWords = "w ".repeat(200);

      assertThatThrownBy(() -> index.search(manyWords, 10, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("too complex");
    }
  }

  @Nested
  class Updating {

    @Test
    void indexingTheSameIdAgainReplacesTheDocument() {
      indexAndCommit(board());

      indexAndCommit(english(BOARD_ID, "Corrected headline", "The story was about a merger."));

      assertThat(index.search("Altman", 10, 0).total()).isZero();
      assertThat(index.search("merger", 10, 0).ids()).containsExactly(BOARD_ID);
      assertThat(index.indexedIds()).containsExactly(BOARD_ID);
    }

    @Test
    void indexedIdsListsEveryCommittedArticle() {
      assertThat(index.indexedIds()).isEmpty();

      indexAndCommit(board(), english(7, "Seven", "Text."), english(9, "Nine", "Text."));

      assertThat(index.indexedIds()).containsExactlyInAnyOrder(BOARD_ID, 7L, 9L);
    }
  }

  @Nested
  class Reconciling {

    private ArticleStore store;

    @BeforeEach
    void openStore() {
      store = SqliteArticleStore.open(tempDir.resolve("db"));
    }

    @AfterEach
    void closeStore() {
      store.close();
    }

    @Test
    void articlesInTheDatabaseButNotInTheIndexAreIndexed() {
      long sourceId =
          store.addSource("The Paper", URI.create("https://x.cn/rss"), "zh", false).id();
      long boardId = store.save(TestArticles.openAiBoard(sourceId, "https://x.cn/board"));
      long otherId =
          store.save(TestArticles.translated(sourceId, "https://x.cn/o", "Other", march9(9, 0)));
      long pendingId = store.save(TestArticles.pendingTranslation(sourceId, "https://x.cn/p"));
      indexAndCommit(store.article(otherId).orElseThrow());

      int added = IndexReconciler.reconcile(store, index);

      assertThat(added).isEqualTo(2);
      assertThat(index.indexedIds()).containsExactlyInAnyOrder(boardId, otherId, pendingId);
      assertThat(index.search("Altman", 10, 0).ids()).containsExactly(boardId);
      assertThat(index.search("股市", 10, 0).ids()).containsExactly(pendingId);
    }

    @Test
    void reconcilingAnIndexThatIsUpToDateChangesNothing() {
      long sourceId =
          store.addSource("The Paper", URI.create("https://x.cn/rss"), "zh", false).id();
      store.save(TestArticles.openAiBoard(sourceId, "https://x.cn/board"));
      IndexReconciler.reconcile(store, index);

      assertThat(IndexReconciler.reconcile(store, index)).isZero();
    }
  }
}
