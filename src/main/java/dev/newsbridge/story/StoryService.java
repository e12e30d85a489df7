package dev.newsbridge.story;

import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story stage on a store: places each new article with {@link StoryClusterer} and records its
 * place (and any merge) in the store. Opening it rebuilds the clusterer's window from the store's
 * recorded places (nothing is decided again) and then places any stored article that has no place
 * yet (stored before stories existed, or while placing failed), oldest first. Thread-safe: one
 * article is placed at a time.
 */
public final class StoryService {
  private static final Logger log = LoggerFactory.getLogger(StoryService.class);

  /** Articles read from the store per batch at start-up: {@value}. */
  static final int BATCH = 500;

  private final ArticleStore store;
  private final StoryClusterer clusterer;

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

  /** Places a stored article and records where it landed. */
  public synchronized StoryAssignment assign(StoredArticle article) {
    StoryAssignment a = clusterer.assign(StoryArticle.of(article));
    if (!a.mergedStories().isEmpty()) {
      store.mergeStories(a.storyId(), a.mergedStories());
    }
    store.saveStoryMember(
        new StoryMember(a.articleId(), a.storyId(), a.eventId(), a.duplicateOf()));
    return a;
  }

  private synchronized void rebuild() {
    List<StoryMember> members = store.allStoryMembers();
    Map<Long, StoryMember> byId =
        members.stream().collect(Collectors.toMap(StoryMember::articleId, Function.identity()));
    forEachArticle(
        members.stream().map(StoryMember::articleId).toList(),
        a -> {
          StoryMember m = byId.get(a.id());
          clusterer.restore(StoryArticle.of(a), m.storyId(), m.eventId(), m.duplicateOf());
        });
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

  static String fullText(StoredArticle a) {
    return StoryClusterer.fullText(StoryArticle.of(a));
  }
}
