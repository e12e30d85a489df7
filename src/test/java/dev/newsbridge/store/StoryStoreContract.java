package dev.newsbridge.store;

import static dev.newsbridge.store.TestArticles.march9;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.source.Source;
import dev.newsbridge.store.internal.StorySql;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link ArticleStore} must do with story places (issue #6). */
public abstract class StoryStoreContract {
  protected ArticleStore store;
  long first;
  long second;
  long third;

  protected abstract ArticleStore openEmptyStore(InstantSource clock);

  @BeforeEach
  void threeArticles() {
    store = openEmptyStore(InstantSource.fixed(Instant.parse("2024-03-10T00:00:00Z")));
    Source source = store.addSource("Outlet", URI.create("https://news.example.cn/rss"), "zh", false);
    first = save(source, "a", 8);
    second = save(source, "b", 9);
    third = save(source, "c", 10);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private long save(Source source, String path, int hour) {
    return store.save(
        TestArticles.translated(
            source.id(), "https://news.example.cn/" + path, "Headline " + path, march9(hour, 0)));
  }

  /** An article published {@code hours} after 08:00 on 9 March, as its own one-report story. */
  private long storyAt(String path, int hours) {
    Source source = store.sources().get(0);
    long id =
        store.save(
            TestArticles.translated(
                source.id(), "https://news.example.cn/" + path, "Headline " + path,
                march9(8, 0).plusHours(hours)));
    store.saveStoryMember(new StoryMember(id, id, id, 0));
    return id;
  }

  private void join(long story, long article, long copyOf) {
    store.saveStoryMember(new StoryMember(article, story, story, copyOf));
  }

  @Test
  void anArticleWithoutAPlaceHasNone() {
    assertThat(store.storyMember(first)).isEmpty();
    assertThat(store.latestStories(10, 0).total()).isZero();
  }

  @Test
  void aPlaceIsStoredAndReadBackWithItsCopyLink() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, first, first, first));

    assertThat(store.storyMember(second)).contains(new StoryMember(second, first, first, first));
    assertThat(store.storyMember(second).orElseThrow().isCopy()).isTrue();
    assertThat(store.storyMembers(first)).extracting(StoryMember::articleId)
        .containsExactly(first, second);
  }

  @Test
  void savingAPlaceAgainReplacesIt() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(first, 42, 43, 0));

    assertThat(store.storyMember(first)).contains(new StoryMember(first, 42, 43, 0));
  }

  @Test
  void mergingMovesEveryArticleOfTheMergedStories() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, second, second, 0));
    store.saveStoryMember(new StoryMember(third, third, third, 0));

    store.mergeStories(first, List.of(second, third));

    assertThat(store.storyMembers(first)).hasSize(3);
    assertThat(store.storyMembers(second)).isEmpty();
    assertThat(store.latestStories(10, 0).total()).isEqualTo(1);
  }

  @Test
  void aBiggerStoryFromTheSameDayIsListedFirstWithItsTimes() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, first, second, 0));
    store.saveStoryMember(new StoryMember(third, third, third, 0));

    StoryPage page = store.latestStories(10, 0);

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(StorySummary::storyId).containsExactly(first, third);
    StorySummary big = page.items().get(0);
    assertThat(big.articles()).isEqualTo(2);
    assertThat(big.first()).isEqualTo(march9(8, 0).toInstant());
    assertThat(big.last()).isEqualTo(march9(9, 0).toInstant());
  }

  /** The listing's order: size halves in weight every half-life of age (issue #6). */
  @Nested
  class RankedBySizeAndFreshness {
    @Test
    void aStoryTwiceAsBigOutranksANewerOneWithinOneHalfLife() {
      long big = storyAt("big", 0);
      join(big, storyAt("big-2", 1), 0);
      long fresh = storyAt("fresh", 1 + StorySql.FRESHNESS_HALF_LIFE_HOURS - 1);

      assertThat(store.latestStories(10, 0).items()).extracting(StorySummary::storyId)
          .containsExactly(big, fresh);
    }

    @Test
    void aNewerStoryOutranksOneTwiceAsBigOnceItIsMoreThanAHalfLifeNewer() {
      long big = storyAt("big", 0);
      join(big, storyAt("big-2", 1), 0);
      long fresh = storyAt("fresh", 1 + StorySql.FRESHNESS_HALF_LIFE_HOURS + 1);

      assertThat(store.latestStories(10, 0).items()).extracting(StorySummary::storyId)
          .containsExactly(fresh, big);
    }

    @Test
    void copiesAddNothingToAStorysSize() {
      long copied = storyAt("copied", 0);
      join(copied, storyAt("copy-1", 0), copied);
      join(copied, storyAt("copy-2", 0), copied);
      long newer = storyAt("newer", 1);

      StoryPage page = store.latestStories(10, 0);

      assertThat(page.items()).extracting(StorySummary::storyId).containsExactly(newer, copied);
      assertThat(page.items().get(1).articles()).isEqualTo(3);
    }

    @Test
    void tenTimesTheReportsHoldTheTopForAboutThreeHalfLives() {
      long big = storyAt("big", 0);
      for (int i = 1; i < 10; i++) {
        join(big, storyAt("big-" + i, 0), 0);
      }
      long threeHalfLivesLater = storyAt("later", 3 * StorySql.FRESHNESS_HALF_LIFE_HOURS);
      long fourHalfLivesLater = storyAt("latest", 4 * StorySql.FRESHNESS_HALF_LIFE_HOURS);

      assertThat(store.latestStories(10, 0).items()).extracting(StorySummary::storyId)
          .containsExactly(fourHalfLivesLater, big, threeHalfLivesLater);
    }
  }

  @Test
  void mergingEventsMovesEveryArticleOfTheMergedEvents() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, first, second, 0));
    store.saveStoryMember(new StoryMember(third, first, third, second));

    store.mergeEvents(first, List.of(second));

    assertThat(store.storyMembers(first)).containsExactly(
        new StoryMember(first, first, first, 0),
        new StoryMember(second, first, first, 0),
        new StoryMember(third, first, third, second));
  }

  @Test
  void articlesPlacedWithoutEnglishAreNotedUntilCleared() {
    store.markPlacedWithoutEnglish(first, true);
    store.markPlacedWithoutEnglish(second, true);
    store.markPlacedWithoutEnglish(second, true);

    store.markPlacedWithoutEnglish(first, false);

    assertThat(store.placedWithoutEnglish()).containsExactly(second);
  }

  @Test
  void aMergedAwayStoryIsRememberedAndFollowsLaterMerges() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, second, second, 0));
    store.saveStoryMember(new StoryMember(third, third, third, 0));

    store.mergeStories(second, List.of(third));
    store.mergeStories(first, List.of(second));

    assertThat(store.mergedInto(third)).contains(first);
    assertThat(store.mergedInto(second)).contains(first);
    assertThat(store.mergedInto(first)).isEmpty();
  }

  @Test
  void aStoryMergedBackIntoByAnotherIsLiveAgain() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, second, second, 0));

    store.mergeStories(first, List.of(second));
    store.saveStoryMember(new StoryMember(second, second, second, 0)); // an operator split it off
    store.mergeStories(second, List.of(first));

    assertThat(store.mergedInto(second)).isEmpty();
    assertThat(store.mergedInto(first)).contains(second);
  }

  @Test
  void aPlacementWithAMergeAndRepointedCopiesIsRecordedTogether() {
    store.saveStoryMember(new StoryMember(first, first, first, 0));
    store.saveStoryMember(new StoryMember(second, second, second, 0));
    store.saveStoryMember(new StoryMember(third, first, first, first));

    store.recordStoryPlaces(
        first,
        List.of(second),
        List.of(
            new StoryMember(third, first, first, 0), new StoryMember(first, first, first, third)));

    assertThat(store.storyMembers(first))
        .containsExactlyInAnyOrder(
            new StoryMember(first, first, first, third),
            new StoryMember(second, first, second, 0),
            new StoryMember(third, first, first, 0));
    assertThat(store.storyMembers(second)).isEmpty();
  }

  @Test
  void everyPlaceIsListedOldestFirstForTheRebuild() {
    store.saveStoryMember(new StoryMember(third, third, third, 0));
    store.saveStoryMember(new StoryMember(first, first, first, 0));

    assertThat(store.allStoryMembers()).extracting(StoryMember::articleId)
        .containsExactly(first, third);
  }
}
