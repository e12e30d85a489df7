package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoryMember;
import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
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
    return save(fixture, source, a.outlet(), a.time(), false);
  }

  /**
   * Stores a fixture as published by {@code from} crediting {@code credited}, at {@code time};
   * Chinese fixtures untranslated (pending) unless {@code translated}.
   */
  long save(String fixture, Source from, String credited, Instant time, boolean translated) {
    StoryArticle a = FixtureArticles.load(StoryClustererTest.ONE_EVENT, fixture);
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create(from.url().resolve("/" + fixture + "-" + time.getEpochSecond()).toString()),
            a.title(),
            null,
            credited,
            time.atOffset(ZoneOffset.UTC),
            a.paragraphs(),
            "UTF-8",
            List.of());
    Translation t = translated && a.chinese() ? translate(a) : null;
    return store.save(
        new NewArticle(from.id(), a.language(), original, t, List.of(), Instant.EPOCH));
  }

  Source outlet(String name) {
    String host = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example";
    return store.addSource(name, URI.create("https://" + host + "/rss"), "en", false);
  }

  static Translation translate(StoryArticle a) {
    try {
      return new OfflineGlossTranslator()
          .translate(new TranslationRequest(a.language(), a.title(), a.paragraphs()));
    } catch (TranslationException e) {
      throw new IllegalStateException(e);
    }
  }

  StoryMember member(long id) {
    return store.storyMember(id).orElseThrow();
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
  void aBranchSplitOffFromAWeakJoinIsRecordedAsItsOwnStory() {
    StoryService service = StoryService.open(store);
    List<Long> ids = new ArrayList<>();
    for (String[][] story : List.of(WeakJoinSplitTest.ICE_FESTIVAL, WeakJoinSplitTest.SUBWAY)) {
      for (String[] text : story) {
        Instant at = WeakJoinSplitTest.START.plus(java.time.Duration.ofHours(ids.size() + 1));
        ExtractedArticle e = new ExtractedArticle(
            URI.create("https://news.example.cn/report-" + ids.size()), text[0], null, null,
            at.atOffset(ZoneOffset.UTC), List.of(text[1]), "UTF-8", List.of());
        long id = store.save(new NewArticle(source.id(), "en", e, null, List.of(), Instant.EPOCH));
        ids.add(id);
        service.assign(store.article(id).orElseThrow());
      }
    }
    long subway = ids.get(4);

    assertThat(ids.subList(4, 9))
        .allSatisfy(id -> assertThat(member(id).storyId()).isEqualTo(subway));
    assertThat(ids.subList(0, 4))
        .allSatisfy(id -> assertThat(member(id).storyId()).isEqualTo(ids.get(0)));
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

  /** Issue #6: a copy points to its original, "earliest published, or the outlet it credits". */
  @Nested
  class AnOriginalStoredAfterItsCopies {
    final Instant nine = Instant.parse("2024-03-28T09:00:00Z");
    Source wire;
    Source farm;
    Source hub;

    @BeforeEach
    void threeOutlets() {
      wire = outlet("Harbour Wire");
      farm = outlet("NewsFarm Daily");
      hub = outlet("Top Stories Hub");
    }

    @Test
    void anEarlierPublishedOriginalBecomesTheOriginalOfEveryCopyAndIsRecorded() {
      StoryService service = StoryService.open(store);
      long copy = place(service, "en-verbatim-copy-of-a", farm, "NewsFarm Daily", nine);
      long again = place(service, "en-verbatim-copy-of-a-again", hub, "Top Stories Hub", nine);
      assertThat(member(again).duplicateOf()).isEqualTo(copy);

      long original =
          place(service, "en-outlet-a-report", wire, "Harbour Wire", nine.minusSeconds(3600));

      assertThat(member(original)).isEqualTo(new StoryMember(original, copy, copy, 0));
      assertThat(member(copy).duplicateOf()).isEqualTo(original);
      assertThat(member(again).duplicateOf()).isEqualTo(original);
    }

    @Test
    void aLaterPublishedOriginalThatTheCopyCreditsBecomesItsOriginal() {
      StoryService service = StoryService.open(store);
      long copy = place(service, "en-verbatim-copy-of-a", farm, "Harbour Wire", nine);

      long original =
          place(service, "en-outlet-a-report", wire, "Harbour Wire", nine.plusSeconds(7200));

      assertThat(member(original).isCopy()).isFalse();
      assertThat(member(copy).duplicateOf()).isEqualTo(original);
    }

    @Test
    void aLaterPublishedArticleNobodyCreditsIsTheCopy() {
      StoryService service = StoryService.open(store);
      long first = place(service, "en-verbatim-copy-of-a", farm, "NewsFarm Daily", nine);

      long later =
          place(service, "en-outlet-a-report", wire, "Harbour Wire", nine.plusSeconds(7200));

      assertThat(member(later).duplicateOf()).isEqualTo(first);
      assertThat(member(first).isCopy()).isFalse();
    }

    @Test
    void aCopyCreditingAnOutletIsNotTheOriginalEvenWhenPublishedFirst() {
      StoryService service = StoryService.open(store);
      long original =
          place(service, "en-outlet-a-report", wire, "Harbour Wire", nine.plusSeconds(7200));

      long copy = place(service, "en-verbatim-copy-of-a", farm, "Harbour Wire", nine);

      assertThat(member(copy).duplicateOf()).isEqualTo(original);
      assertThat(member(original).isCopy()).isFalse();
    }

    @Test
    void theRepointedCopiesSurviveAReopening() {
      StoryService service = StoryService.open(store);
      long copy = place(service, "en-verbatim-copy-of-a", farm, "NewsFarm Daily", nine);
      long original =
          place(service, "en-outlet-a-report", wire, "Harbour Wire", nine.minusSeconds(3600));

      StoryService reopened = StoryService.open(store);
      long again = place(
          reopened, "en-verbatim-copy-of-a-again", hub, "Top Stories Hub", nine.plusSeconds(60));

      assertThat(member(copy).duplicateOf()).isEqualTo(original);
      assertThat(member(again).duplicateOf()).isEqualTo(original);
    }

    long place(StoryService service, String fixture, Source from, String credited, Instant at) {
      long id = save(fixture, from, credited, at, false);
      service.assign(store.article(id).orElseThrow());
      return id;
    }
  }

  /**
   * Issue #6: an article stored while its translation was pending was placed by its Chinese text
   * alone; the translation brings the English words and names that meet English reports.
   */
  @Nested
  class ATranslationArrivingLate {
    Source english;
    Source chinese;

    @BeforeEach
    void twoOutlets() {
      english = outlet("Harbour Wire");
      chinese = outlet("澄观新闻");
    }

    @Test
    void aChineseReportAloneInItsStoryJoinsTheEnglishStoryOnceTranslated() {
      StoryService service = StoryService.open(store);
      long en = place(service, "en-outlet-a-report", english, false);
      long zh = place(service, "zh-outlet-a-report", chinese, false);
      assertThat(member(zh).storyId()).as("placed by its Chinese text alone").isEqualTo(zh);

      translateStored(zh);
      StoryAssignment again = service.assign(store.article(zh).orElseThrow());

      assertThat(again.storyId()).isEqualTo(en);
      assertThat(member(zh).storyId()).isEqualTo(en);
      assertThat(store.mergedInto(zh)).as("its old story's address leads on").contains(en);
    }

    @Test
    void aChineseStoryMeetsTheEnglishStoryWhenOneOfItsReportsIsTranslated() {
      StoryService service = StoryService.open(store);
      long en = place(service, "en-outlet-a-report", english, false);
      long enB = place(service, "en-outlet-b-report", outlet("Pacific Ledger"), false);
      long zhA = place(service, "zh-outlet-a-report", chinese, false);
      long zhB = place(service, "zh-outlet-b-report", outlet("望川日报"), false);
      assertThat(member(zhB).storyId()).isEqualTo(zhA).isNotEqualTo(en);
      assertThat(member(zhB).eventId()).as("one launch, one event").isEqualTo(zhA);

      translateStored(zhA);
      StoryAssignment again = service.assign(store.article(zhA).orElseThrow());

      assertThat(again.mergedStories()).containsExactly(en);
      assertThat(store.storyMembers(zhA)).hasSize(4);
      assertThat(store.storyMembers(en)).isEmpty();
      assertThat(store.mergedInto(en)).contains(zhA);
      // The translated Chinese report shows its event to be one with an English report's: the
      // whole event moves, its other Chinese report with it.
      assertThat(again.eventId())
          .as("the translated Chinese report shares an event with an English report")
          .isIn(member(en).eventId(), member(enB).eventId());
      assertThat(member(zhB).eventId()).isEqualTo(again.eventId());
    }

    @Test
    void aTranslatedReportThatBridgesAChineseAndAnEnglishStoryMergesThemInTheStore() {
      StoryService service = StoryService.open(store);
      long en = place(service, "en-outlet-a-report", english, false);
      place(service, "en-outlet-b-report", outlet("Pacific Ledger"), false);
      long zhA = place(service, "zh-outlet-a-report", chinese, false);
      place(service, "zh-outlet-b-report", outlet("望川日报"), false);
      long separate = member(zhA).storyId();
      assertThat(separate).isNotEqualTo(en);

      long zhC = place(service, "zh-outlet-c-report", outlet("东岸商报"), true);

      StoryMember bridge = member(zhC);
      assertThat(store.storyMembers(bridge.storyId())).hasSize(5);
      long mergedAway = bridge.storyId() == en ? separate : en;
      assertThat(store.storyMembers(mergedAway)).isEmpty();
      assertThat(store.mergedInto(mergedAway)).contains(bridge.storyId());
    }

    @Test
    void anArticleTranslatedBeforeItWasPlacedIsNotPlacedTwice() {
      StoryService service = StoryService.open(store);
      long en = place(service, "en-outlet-a-report", english, false);
      long zh = place(service, "zh-outlet-a-report", chinese, true);

      StoryAssignment again = service.assign(store.article(zh).orElseThrow());

      assertThat(again.storyId()).isEqualTo(member(zh).storyId()).isEqualTo(en);
    }

    @Test
    void aPendingArticleRestoredAtStartUpIsRevisitedWhenTranslated() {
      long en = place(StoryService.open(store), "en-outlet-a-report", english, false);
      long zh = place(StoryService.open(store), "zh-outlet-a-report", chinese, false);

      StoryService reopened = StoryService.open(store);
      translateStored(zh);
      reopened.assign(store.article(zh).orElseThrow());

      assertThat(member(zh).storyId()).isEqualTo(en);
    }

    @Test
    void anArticleTranslatedWhileTheStageWasNotRunningIsPlacedAgainWhenItOpens() {
      StoryService service = StoryService.open(store);
      long en = place(service, "en-outlet-a-report", english, false);
      long zh = place(service, "zh-outlet-a-report", chinese, false);
      assertThat(store.placedWithoutEnglish()).containsExactly(zh);

      translateStored(zh); // and the process stops before the story stage hears of it
      StoryService.open(store);

      assertThat(member(zh).storyId()).isEqualTo(en);
      assertThat(store.placedWithoutEnglish()).isEmpty();
    }

    @Test
    void aReportPlacedWithItsEnglishIsNotNoted() {
      StoryService service = StoryService.open(store);
      place(service, "en-outlet-a-report", english, false);
      place(service, "zh-outlet-a-report", chinese, true);

      assertThat(store.placedWithoutEnglish()).isEmpty();
    }

    long place(StoryService service, String fixture, Source from, boolean translated) {
      StoryArticle a = FixtureArticles.load(StoryClustererTest.ONE_EVENT, fixture);
      long id = save(fixture, from, a.outlet(), a.time(), translated);
      service.assign(store.article(id).orElseThrow());
      return id;
    }

    void translateStored(long id) {
      var stored = store.article(id).orElseThrow();
      StoryArticle a = StoryArticle.of(stored);
      store.saveTranslation(id, translate(a), List.of());
    }
  }
}
