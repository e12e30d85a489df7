package dev.newsbridge.story;

import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story stage on a store: places each new article with {@link StoryClusterer} and records its
 * place, any merge and any copies it turns out to be the original of, in one transaction. An
 * article placed while its translation was pending is placed again when it is given once more with
 * its translation (issue #6: ingest's translation retry calls {@link #assign} again), or, when it
 * was translated while the stage was not running, when the stage next opens (the store notes which
 * articles were placed without English). Opening it
 * rebuilds the clusterer's window from the store's recorded places (nothing is decided again) and
 * then places any stored article that has no place yet (stored before stories existed, or while
 * placing failed), oldest first. Thread-safe: one article is placed at a time.
 */
public final class StoryService {
  private static final Logger log = LoggerFactory.getLogger(StoryService.class);

  /** Articles read from the store per batch at start-up: {@value}. */
  static final int BATCH = 500;

  private final ArticleStore store;
  private final StoryClusterer clusterer;
  /** Placed articles that had no English text yet (translation pending); revisited once they do. */
  private final Set<Long> awaitingEnglish = new HashSet<>();

  private StoryService(ArticleStore store) {
    this.store = store;
    this.clusterer =
        new StoryClusterer(id -> store.article(id).map(StoryService::fullText).orElse(null));
  }

  /** Rebuilds the window from {@code store} and places the articles that have no place. */
  public static StoryService open(ArticleStore store) {
    StoryService service = new StoryService(store);
    service.rebuild();
    return service;
  }

  /**
   * Places a stored article and records where it landed. An article placed already keeps its
   * place, unless it was placed without English text and has it now: then it is revisited ({@link
   * StoryClusterer#revisit}) and its new place recorded.
   */
  public synchronized StoryAssignment assign(StoredArticle article) {
    StoryArticle a = StoryArticle.of(article);
    if (clusterer.isPlaced(a.id())) {
      if (!awaitingEnglish.contains(a.id()) || !a.hasEnglish()) {
        return clusterer.placeOf(a.id()).orElseThrow();
      }
      return revisit(a);
    }
    Optional<StoryMember> recorded = store.storyMember(a.id());
    if (recorded.isPresent()) { // placed long ago and left the window (a glossary re-translation)
      if (awaitingEnglish.contains(a.id()) && a.hasEnglish()) {
        return revisit(a);
      }
      StoryMember m = recorded.get();
      return new StoryAssignment(
          m.articleId(), m.storyId(), m.eventId(), m.duplicateOf(), List.of());
    }
    StoryAssignment placed = record(clusterer.assign(a));
    if (!a.hasEnglish()) {
      awaitingEnglish.add(a.id());
      store.markPlacedWithoutEnglish(a.id(), true);
    }
    return placed;
  }

  /** Places an article again now that it has English text, and clears its note. */
  private StoryAssignment revisit(StoryArticle a) {
    StoryAssignment again = record(clusterer.revisit(a));
    awaitingEnglish.remove(a.id());
    store.markPlacedWithoutEnglish(a.id(), false);
    return again;
  }

  /**
   * Records a place, its merges, the copies now pointing to it and the articles a split moved to a
   * story of their own, in one transaction.
   */
  private StoryAssignment record(StoryAssignment a) {
    List<StoryMember> places = new ArrayList<>();
    places.add(new StoryMember(a.articleId(), a.storyId(), a.eventId(), a.duplicateOf()));
    for (long copy : a.copies()) {
      clusterer.placeOf(copy).ifPresent(
          c -> places.add(new StoryMember(copy, a.storyId(), c.eventId(), a.articleId())));
    }
    for (long moved : clusterer.takeMoved()) { // split off into a story of their own
      clusterer.placeOf(moved).ifPresent(
          m -> places.add(new StoryMember(moved, m.storyId(), m.eventId(), m.duplicateOf())));
    }
    store.recordStoryPlaces(a.storyId(), a.mergedStories(), places);
    if (!a.mergedEvents().isEmpty()) {
      // A second transaction: were it lost, the story would keep two events; nothing else.
      store.mergeEvents(a.eventId(), a.mergedEvents());
    }
    return a;
  }

  /**
   * Restores every recorded place; an article noted as placed without English text that has it
   * now (translated while the story stage was not running) is then placed again.
   */
  private synchronized void rebuild() {
    Set<Long> notedWithoutEnglish = store.placedWithoutEnglish();
    List<StoryArticle> translatedSince = new ArrayList<>();
    List<StoryMember> members = store.allStoryMembers();
    Map<Long, StoryMember> byId =
        members.stream().collect(Collectors.toMap(StoryMember::articleId, Function.identity()));
    forEachArticle(
        members.stream().map(StoryMember::articleId).toList(),
        a -> {
          StoryMember m = byId.get(a.id());
          StoryArticle restored = StoryArticle.of(a);
          clusterer.restore(restored, m.storyId(), m.eventId(), m.duplicateOf());
          if (!restored.hasEnglish()) {
            awaitingEnglish.add(a.id());
            if (!notedWithoutEnglish.contains(a.id())) {
              store.markPlacedWithoutEnglish(a.id(), true); // placed before the note existed
            }
          } else if (notedWithoutEnglish.contains(a.id())) {
            translatedSince.add(restored);
          }
        });
    translatedSince.forEach(this::revisit);
    Set<Long> placed = new HashSet<>(byId.keySet());
    List<Long> missing = new ArrayList<>();
    for (long id : store.allIds()) {
      if (!placed.contains(id)) {
        missing.add(id);
      }
    }
    List<StoredArticle> unplaced = new ArrayList<>();
    forEachArticle(missing, unplaced::add);
    unplaced.sort((x, y) -> x.sortTime().compareTo(y.sortTime()));
    unplaced.forEach(this::assign);
    if (!unplaced.isEmpty()) {
      log.info("placed {} stored article(s) in stories", unplaced.size());
    }
  }

  private void forEachArticle(List<Long> ids, java.util.function.Consumer<StoredArticle> action) {
    for (int i = 0; i < ids.size(); i += BATCH) {
      store.articles(ids.subList(i, Math.min(ids.size(), i + BATCH))).forEach(action);
    }
  }

  /**
   * The text the clusterer asks for, straight from the stored original: building the whole {@link
   * StoryArticle} (entities, credits, regions) for each candidate's text was work thrown away.
   */
  static String fullText(StoredArticle a) {
    String title = a.original().title();
    return StoryClusterer.fullText(title == null ? "" : title, a.original().paragraphs());
  }
}
