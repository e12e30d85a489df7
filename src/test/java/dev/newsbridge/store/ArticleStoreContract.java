package dev.newsbridge.store;

import static dev.newsbridge.store.TestArticles.AI_SAFETY;
import static dev.newsbridge.store.TestArticles.FETCHED_AT;
import static dev.newsbridge.store.TestArticles.MARKETS;
import static dev.newsbridge.store.TestArticles.OPENAI;
import static dev.newsbridge.store.TestArticles.SAM_ALTMAN;
import static dev.newsbridge.store.TestArticles.march9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;
import dev.newsbridge.source.SourceKind;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleStore} must do. An implementation's test extends this class and says how
 * to open an empty store; the same sentences then hold for SQLite and any later backend.
 */
public abstract class ArticleStoreContract {

  protected static final Instant NOW = Instant.parse("2024-03-09T08:00:00.5Z");
  protected static final URI FEED = URI.create("https://news.example.cn/rss.xml");

  protected ArticleStore store;
  protected Source source;

  /** An empty store whose clock always reads {@code clock}. */
  protected abstract ArticleStore openEmptyStore(InstantSource clock);

  @BeforeEach
  void openStoreWithOneSource() {
    store = openEmptyStore(InstantSource.fixed(NOW));
    source = store.addSource("The Paper", FEED, "zh", false);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  protected long save(NewArticle article) {
    return store.save(article);
  }

  @Nested
  class Sources {

    @Test
    void addingASourceStoresWhatWasGivenAndStampsTheClock() {
      assertThat(source.id()).isPositive();
      assertThat(source.name()).isEqualTo("The Paper");
      assertThat(source.url()).isEqualTo(FEED);
      assertThat(source.language()).isEqualTo("zh");
      assertThat(source.allowPrivateHosts()).isFalse();
      assertThat(source.addedAt()).isEqualTo(NOW);
      assertThat(source.health()).isEqualTo(SourceHealth.NEW);
    }

    @Test
    void addingTheSameUrlAgainReturnsTheExistingSourceUnchanged() {
      Source again = store.addSource("Another name", FEED, "en", true);

      assertThat(again).isEqualTo(source);
      assertThat(store.sources()).containsExactly(source);
    }

    @Test
    void sourcesAreListedInTheOrderTheyWereAdded() {
      Source demo = store.addSource("Demo", URI.create("http://127.0.0.1:8081/feed"), null, true);

      assertThat(store.sources()).containsExactly(source, demo);
      assertThat(demo.language()).isNull();
      assertThat(demo.allowPrivateHosts()).isTrue();
    }

    @Test
    void aSourceIsFoundByIdAndAnUnknownIdFindsNothing() {
      assertThat(store.source(source.id())).contains(source);
      assertThat(store.source(source.id() + 1000)).isEmpty();
    }
  }

  @Nested
  class SourceKindAndSchedule {

    @Test
    void aSourceAddedWithoutAKindIsAFeedAndAKindGivenIsKept() {
      Source sitemap =
          store.addSource("Map", URI.create("https://x.cn/sitemap.xml"), null, false, SourceKind.SITEMAP);

      assertThat(source.kind()).isEqualTo(SourceKind.FEED);
      assertThat(store.source(sitemap.id()).orElseThrow().kind()).isEqualTo(SourceKind.SITEMAP);
    }

    @Test
    void thePlannedNextAttemptIsKeptAndNullMeansAsSoonAsPossible() {
      store.scheduleSource(source.id(), NOW.plusSeconds(600));
      assertThat(store.source(source.id()).orElseThrow().health().nextAttemptAt())
          .isEqualTo(NOW.plusSeconds(600));

      store.scheduleSource(source.id(), null);
      assertThat(store.source(source.id()).orElseThrow().health().nextAttemptAt()).isNull();
    }

    @Test
    void articlesPerDayAveragesTheArticlesPublishedInTheLastWeek() {
      save(TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(7, 0)));
      save(TestArticles.translated(source.id(), "https://x.cn/b", "B", march9(6, 0).minusDays(6)));
      save(TestArticles.translated(source.id(), "https://x.cn/c", "C", march9(6, 0).minusDays(8)));

      assertThat(store.source(source.id()).orElseThrow().health().articlesPerDay())
          .isEqualTo(2 / 7.0);
    }
  }

  @Nested
  class SourceFailureBookkeeping {

    private final Instant first = NOW.plusSeconds(60);
    private final Instant second = NOW.plusSeconds(120);

    @Test
    void eachFailureCountsOneMoreAndKeepsTheLastError() {
      store.recordSourceFailure(source.id(), "connect timed out", first);
      store.recordSourceFailure(source.id(), "HTTP 503", second);

      SourceHealth health = store.source(source.id()).orElseThrow().health();
      assertThat(health).isEqualTo(new SourceHealth(2, "HTTP 503", null, second));
    }

    @Test
    void aSuccessResetsTheErrorCountAndClearsTheError() {
      store.recordSourceFailure(source.id(), "HTTP 503", first);
      store.recordSourceSuccess(source.id(), second);

      SourceHealth health = store.source(source.id()).orElseThrow().health();
      assertThat(health).isEqualTo(new SourceHealth(0, null, second, second));
    }

    @Test
    void aFailureAfterASuccessKeepsTheLastSuccessTime() {
      store.recordSourceSuccess(source.id(), first);
      store.recordSourceFailure(source.id(), "HTTP 500", second);

      SourceHealth health = store.source(source.id()).orElseThrow().health();
      assertThat(health).isEqualTo(new SourceHealth(1, "HTTP 500", first, second));
    }

    @Test
    void anOverlongErrorMessageIsCutNotRejected() {
      store.recordSourceFailure(source.id(), "x".repeat(100_000), first);

      String kept = store.source(source.id()).orElseThrow().health().lastError();
      assertThat(kept).startsWith("xxx").hasSizeLessThan(100_000);
    }

    @Test
    void bookkeepingForAnUnknownSourceIsRejected() {
      assertThatThrownBy(() -> store.recordSourceFailure(9999, "boom", first))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("9999");
    }
  }

  @Nested
  class SavingAndLoading {

    @Test
    void aSavedArticleLoadsBackWithTheOriginalBesideTheTranslation() {
      NewArticle board = TestArticles.openAiBoard(source.id(), "https://news.example.cn/a/1");

      long id = save(board);
      StoredArticle stored = store.article(id).orElseThrow();

      assertThat(stored.id()).isEqualTo(id);
      assertThat(stored.sourceId()).isEqualTo(source.id());
      assertThat(stored.sourceName()).isEqualTo("The Paper");
      assertThat(stored.language()).isEqualTo("zh");
      assertThat(stored.original()).isEqualTo(board.original());
      assertThat(stored.translation()).isEqualTo(board.translation());
      assertThat(stored.tags()).containsExactly(OPENAI, SAM_ALTMAN, AI_SAFETY);
      assertThat(stored.fetchedAt()).isEqualTo(FETCHED_AT);
    }

    @Test
    void thePublicationTimeKeepsItsOwnOffset() {
      long id = save(TestArticles.openAiBoard(source.id(), "https://news.example.cn/a/1"));

      assertThat(store.article(id).orElseThrow().original().publishedAt().getOffset())
          .isEqualTo(TestArticles.BEIJING);
    }

    @Test
    void anArticleWithPendingTranslationLoadsWithANullTranslation() {
      NewArticle pending =
          TestArticles.pendingTranslation(source.id(), "https://news.example.cn/p");

      StoredArticle stored = store.article(save(pending)).orElseThrow();

      assertThat(stored.translation()).isNull();
      assertThat(stored.translationPending()).isTrue();
      assertThat(stored.original()).isEqualTo(pending.original());
      assertThat(stored.tags()).isEmpty();
    }

    @Test
    void anUnknownIdFindsNothing() {
      assertThat(store.article(424242)).isEmpty();
    }

    @Test
    void articlesByIdComeInTheOrderAskedAndSkipUnknownIds() {
      long a = save(TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(9, 0)));
      long b = save(TestArticles.translated(source.id(), "https://x.cn/b", "B", march9(10, 0)));

      List<StoredArticle> found = store.articles(List.of(b, 999_999L, a));

      assertThat(found).extracting(StoredArticle::id).containsExactly(b, a);
    }

    @Test
    void allIdsListsEveryStoredArticle() {
      long a = save(TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(9, 0)));
      long b = save(TestArticles.pendingTranslation(source.id(), "https://x.cn/b"));

      assertThat(store.allIds()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void anArticleOfAnUnknownSourceIsRejected() {
      NewArticle orphan = TestArticles.openAiBoard(9999, "https://news.example.cn/a/1");

      assertThatThrownBy(() -> store.save(orphan))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("9999");
      assertThat(store.allIds()).isEmpty();
    }

    @Test
    void aTagSharedByTwoArticlesIsStoredOnce() {
      save(TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(9, 0), OPENAI));
      save(TestArticles.translated(source.id(), "https://x.cn/b", "B", march9(10, 0), OPENAI));

      assertThat(store.tag("openai")).contains(OPENAI);
      assertThat(store.tag("no-such-tag")).isEmpty();
    }

    @Test
    void anArticleKeepsItsOwnSpellingOfASharedTag() {
      Tag mainland = new Tag("Chen Xiaoming", "chen-xiaoming", Tag.Kind.PERSON);
      Tag taipei = new Tag("Chen Hsiao-ming", "chen-xiaoming", Tag.Kind.PERSON);
      long first = save(
          TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(9, 0), mainland));
      long second = save(
          TestArticles.translated(source.id(), "https://x.tw/b", "B", march9(10, 0), taipei));

      assertThat(store.article(first).orElseThrow().tags()).containsExactly(mainland);
      assertThat(store.article(second).orElseThrow().tags()).containsExactly(taipei);
      assertThat(store.byTag("chen-xiaoming", 10, 0).items())
          .extracting(a -> a.tags().get(0).name())
          .containsExactly("Chen Hsiao-ming", "Chen Xiaoming");
      assertThat(store.tag("chen-xiaoming")).contains(mainland);
    }

    @Test
    void aTagIsNamedAsMostOfItsArticlesSpellIt() {
      Tag mainland = new Tag("Chen Xiaoming", "chen-xiaoming", Tag.Kind.PERSON);
      Tag taipei = new Tag("Chen Hsiao-ming", "chen-xiaoming", Tag.Kind.PERSON);
      save(TestArticles.translated(source.id(), "https://x.cn/a", "A", march9(9, 0), mainland));
      save(TestArticles.translated(source.id(), "https://x.tw/b", "B", march9(10, 0), taipei));
      save(TestArticles.translated(source.id(), "https://x.tw/c", "C", march9(11, 0), taipei));

      assertThat(store.tag("chen-xiaoming")).contains(taipei);
    }
  }

  @Nested
  class UniquenessByUrl {

    private final URI canonical = URI.create("https://news.example.cn/a/1");
    private final URI feedLink = URI.create("https://news.example.cn/a/1?from=rss");

    @Test
    void savingTheSameUrlTwiceReturnsTheFirstIdAndChangesNothing() {
      long first = save(TestArticles.openAiBoard(source.id(), canonical.toString()));
      NewArticle sameUrl =
          TestArticles.translated(source.id(), canonical.toString(), "Other", march9(11, 0));

      long second = save(sameUrl);

      assertThat(second).isEqualTo(first);
      assertThat(store.allIds()).containsExactly(first);
      assertThat(store.article(first).orElseThrow().displayTitle())
          .isEqualTo("OpenAI board review ends, Sam Altman returns to the board");
    }

    @Test
    void theCanonicalUrlIsKnownOnceSaved() {
      assertThat(store.containsUrl(canonical)).isFalse();

      save(TestArticles.openAiBoard(source.id(), canonical.toString()));

      assertThat(store.containsUrl(canonical)).isTrue();
      assertThat(store.containsUrl(feedLink)).isFalse();
    }

    @Test
    void anAliasCountsAsKnownAndSavingUnderItReturnsTheSameArticle() {
      long id = save(TestArticles.openAiBoard(source.id(), canonical.toString()));

      store.addAlias(id, feedLink);

      assertThat(store.containsUrl(feedLink)).isTrue();
      assertThat(save(TestArticles.openAiBoard(source.id(), feedLink.toString()))).isEqualTo(id);
      assertThat(store.allIds()).containsExactly(id);
    }

    @Test
    void addingAnAliasTwiceOrTheCanonicalUrlAsAliasIsHarmless() {
      long id = save(TestArticles.openAiBoard(source.id(), canonical.toString()));

      store.addAlias(id, feedLink);
      store.addAlias(id, feedLink);
      store.addAlias(id, canonical);

      assertThat(store.containsUrl(feedLink)).isTrue();
    }

    @Test
    void anAliasForAnUnknownArticleIsRejected() {
      assertThatThrownBy(() -> store.addAlias(31337, feedLink))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("31337");
    }
  }

  @Nested
  class Listings {

    private long morning;
    private long noon;
    private long evening;
    private long otherSource;

    @BeforeEach
    void storeFourArticlesOutOfOrder() {
      Source other =
          store.addSource("Caixin", URI.create("https://caixin.example.cn/feed"), "zh", false);
      noon =
          save(
              TestArticles.translated(
                  source.id(), "https://x.cn/noon", "Noon", march9(12, 0), OPENAI));
      morning =
          save(
              TestArticles.translated(
                  source.id(), "https://x.cn/morning", "Morning", march9(8, 0), OPENAI, MARKETS));
      evening =
          save(
              TestArticles.translated(
                  source.id(), "https://x.cn/evening", "Evening", march9(20, 0)));
      otherSource =
          save(
              TestArticles.translated(
                  other.id(), "https://caixin.example.cn/1", "Caixin", march9(15, 0), OPENAI));
    }

    @Test
    void latestListsEveryArticleNewestFirstByPublicationTime() {
      ArticlePage page = store.latest(10, 0);

      assertThat(page.items())
          .extracting(StoredArticle::id)
          .containsExactly(evening, otherSource, noon, morning);
      assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void pagesSplitTheSameOrderAndKeepTheTotal() {
      ArticlePage first = store.latest(3, 0);
      ArticlePage second = store.latest(3, 3);

      assertThat(first.items())
          .extracting(StoredArticle::id)
          .containsExactly(evening, otherSource, noon);
      assertThat(second.items()).extracting(StoredArticle::id).containsExactly(morning);
      assertThat(second.total()).isEqualTo(4);
      assertThat(store.latest(3, 99).items()).isEmpty();
    }

    @Test
    void anArticleWithoutPublicationTimeSortsByItsFetchTime() {
      // Fetched 2024-03-09 12:00:00.123Z = 20:00:00.123 in Beijing: just after "Evening".
      long undated = save(TestArticles.pendingTranslation(source.id(), "https://x.cn/undated"));

      assertThat(store.latest(2, 0).items())
          .extracting(StoredArticle::id)
          .containsExactly(undated, evening);
    }

    @Test
    void bySourceListsOnlyThatSourceNewestFirst() {
      ArticlePage page = store.bySource(source.id(), 2, 0);

      assertThat(page.items()).extracting(StoredArticle::id).containsExactly(evening, noon);
      assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void byTagListsTheTaggedArticlesNewestFirstWithTheirTags() {
      ArticlePage page = store.byTag("openai", 10, 0);

      assertThat(page.items())
          .extracting(StoredArticle::id)
          .containsExactly(otherSource, noon, morning);
      assertThat(page.total()).isEqualTo(3);
      assertThat(page.items().get(2).tags()).containsExactly(OPENAI, MARKETS);
    }

    @Test
    void anUnknownTagOrSourceGivesAnEmptyPage() {
      assertThat(store.byTag("nothing-here", 10, 0)).isEqualTo(new ArticlePage(List.of(), 0));
      assertThat(store.bySource(777, 10, 0)).isEqualTo(new ArticlePage(List.of(), 0));
    }

    @Test
    void aNegativeLimitOrOffsetIsRejected() {
      assertThatThrownBy(() -> store.latest(-1, 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.byTag("openai", 10, -5))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class NeighboursWithinASource {

    @Test
    void previousIsTheNextOlderAndNextTheNextNewerArticleOfTheSameSource() {
      Source other =
          store.addSource("Caixin", URI.create("https://caixin.example.cn/feed"), "zh", false);
      long morning =
          save(TestArticles.translated(source.id(), "https://x.cn/1", "Morning", march9(8, 0)));
      long evening =
          save(TestArticles.translated(source.id(), "https://x.cn/3", "Evening", march9(20, 0)));
      save(
          TestArticles.translated(
              other.id(), "https://caixin.example.cn/1", "Elsewhere", march9(13, 0)));
      long noon =
          save(TestArticles.translated(source.id(), "https://x.cn/2", "Noon", march9(12, 0)));

      Neighbours around = store.neighbours(noon);

      assertThat(around.previous()).contains(new ArticleRef(morning, "Morning"));
      assertThat(around.next()).contains(new ArticleRef(evening, "Evening"));
    }

    @Test
    void theOldestHasNoPreviousAndTheNewestNoNext() {
      long older =
          save(TestArticles.translated(source.id(), "https://x.cn/1", "Older", march9(8, 0)));
      long newer =
          save(TestArticles.translated(source.id(), "https://x.cn/2", "Newer", march9(9, 0)));

      assertThat(store.neighbours(older).previous()).isEmpty();
      assertThat(store.neighbours(older).next()).contains(new ArticleRef(newer, "Newer"));
      assertThat(store.neighbours(newer).next()).isEmpty();
    }

    @Test
    void articlesPublishedAtTheSameInstantAreOrderedById() {
      long first =
          save(TestArticles.translated(source.id(), "https://x.cn/1", "First", march9(8, 0)));
      long second =
          save(TestArticles.translated(source.id(), "https://x.cn/2", "Second", march9(8, 0)));

      assertThat(store.neighbours(first).next()).contains(new ArticleRef(second, "Second"));
      assertThat(store.neighbours(second).previous()).contains(new ArticleRef(first, "First"));
    }

    @Test
    void aPendingTranslationIsLinkedByItsOriginalTitle() {
      long dated =
          save(TestArticles.translated(source.id(), "https://x.cn/1", "Dated", march9(8, 0)));
      save(TestArticles.pendingTranslation(source.id(), "https://x.cn/undated"));

      assertThat(store.neighbours(dated).next().map(ArticleRef::title)).contains("股市收盘小幅上涨");
    }

    @Test
    void anUnknownArticleHasNoNeighbours() {
      assertThat(store.neighbours(5555))
          .isEqualTo(new Neighbours(Optional.empty(), Optional.empty()));
    }
  }

  @Nested
  class FailedItems {

    private final URI broken = URI.create("https://news.example.cn/a/broken");

    @Test
    void aFailedUrlIsKeptWithItsErrorAndOneAttempt() {
      store.recordFailedItem(source.id(), broken, "HTTP 502", NOW);

      assertThat(store.failedItems())
          .containsExactly(new FailedItem(source.id(), broken, "HTTP 502", 1, NOW));
    }

    @Test
    void failingAgainCountsAnotherAttemptAndKeepsTheLatestError() {
      Instant later = NOW.plusSeconds(3600);
      store.recordFailedItem(source.id(), broken, "HTTP 502", NOW);
      store.recordFailedItem(source.id(), broken, "read timed out", later);

      assertThat(store.failedItems())
          .containsExactly(new FailedItem(source.id(), broken, "read timed out", 2, later));
    }

    @Test
    void clearingAFailedUrlRemovesOnlyThatOne() {
      URI other = URI.create("https://news.example.cn/a/other");
      store.recordFailedItem(source.id(), broken, "HTTP 502", NOW);
      store.recordFailedItem(source.id(), other, "HTTP 404", NOW);

      store.clearFailedItem(broken);
      store.clearFailedItem(URI.create("https://never.example.cn/"));

      assertThat(store.failedItems()).extracting(FailedItem::url).containsExactly(other);
    }
  }

  @Nested
  class CacheValidators {

    @Test
    void anUnseenUrlHasNoValidators() {
      assertThat(store.validators(FEED)).isEqualTo(Validators.NONE);
    }

    @Test
    void savedValidatorsAreReturnedAndReplacedByNewerOnes() {
      store.saveValidators(FEED, new Validators("\"v1\"", "Sat, 09 Mar 2024 08:00:00 GMT"));
      store.saveValidators(FEED, new Validators("\"v2\"", null));

      assertThat(store.validators(FEED)).isEqualTo(new Validators("\"v2\"", null));
    }

    @Test
    void savingEmptyValidatorsForgetsTheOldOnes() {
      store.saveValidators(FEED, new Validators("\"v1\"", null));
      store.saveValidators(FEED, Validators.NONE);

      assertThat(store.validators(FEED)).isEqualTo(Validators.NONE);
    }
  }
}
