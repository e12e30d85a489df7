package dev.newsbridge.store;

import static dev.newsbridge.store.TestArticles.march9;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.source.Source;
import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
  void storiesAreListedNewestFirstThenBySizeWithTheirTimes() {
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

  @Test
  void everyPlaceIsListedOldestFirstForTheRebuild() {
    store.saveStoryMember(new StoryMember(third, third, third, 0));
    store.saveStoryMember(new StoryMember(first, first, first, 0));

    assertThat(store.allStoryMembers()).extracting(StoryMember::articleId)
        .containsExactly(first, third);
  }
}
