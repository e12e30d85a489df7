package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoryMember;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story stage on a real SQLite store: places recorded, rebuilt at start-up, never redone. */
class StoryServiceTest {
  @TempDir Path dir;
  ArticleStore store;
  Source source;

  @BeforeEach
  void open() {
    store = SqliteArticleStore.open(dir);
    source = store.addSource("Outlet", URI.create("https://news.example.cn/rss"), "en", false);
  }

  @AfterEach
  void close() {
    store.close();
  }

  long save(String fixture) {
    StoryArticle a = FixtureArticles.load(StoryClustererTest.ONE_EVENT, fixture);
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://news.example.cn/" + fixture),
            a.title(),
            null,
            a.outlet(),
            a.time().atOffset(ZoneOffset.UTC),
            a.paragraphs(),
            "UTF-8",
            List.of());
    return store.save(
        new NewArticle(source.id(), "en", original, null, List.of(), Instant.EPOCH));
  }

  @Test
  void articlesStoredBeforeStoriesExistedArePlacedWhenTheServiceOpens() {
    long a = save("en-outlet-a-report");
    long copy = save("en-verbatim-copy-of-a");

    StoryService.open(store);

    assertThat(store.storyMember(a)).contains(new StoryMember(a, a, a, 0));
    assertThat(store.storyMember(copy)).contains(new StoryMember(copy, a, a, a));
  }

  @Test
  void aNewArticleIsPlacedAndItsPlaceRecorded() {
    long a = save("en-outlet-a-report");
    StoryService service = StoryService.open(store);
    long b = save("en-outlet-b-report");

    StoryAssignment placed = service.assign(store.article(b).orElseThrow());

    assertThat(placed.storyId()).isEqualTo(a);
    assertThat(store.storyMember(b).orElseThrow().storyId()).isEqualTo(a);
  }

  @Test
  void reopeningRestoresThePlacesWithoutDecidingAgain() {
    long a = save("en-outlet-a-report");
    long b = save("en-outlet-b-report");
    StoryService.open(store);
    store.saveStoryMember(new StoryMember(b, b, b, 0)); // an operator split the story

    StoryService reopened = StoryService.open(store);

    assertThat(store.storyMember(b)).contains(new StoryMember(b, b, b, 0));
    long c = save("en-rewrite-of-b");
    StoryAssignment rewrite = reopened.assign(store.article(c).orElseThrow());
    assertThat(rewrite.duplicateOf()).isEqualTo(b);
    assertThat(rewrite.storyId()).isEqualTo(b);
    assertThat(store.storyMember(a).orElseThrow().storyId()).isEqualTo(a);
  }
}
