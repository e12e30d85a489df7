package dev.newsbridge.story;

import dev.newsbridge.story.internal.Centroid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Where each article of the window is (its story, event and the original it copies) and what each
 * story is (its members' summed vectors, its newest member's time, and for a merged-away story the
 * story it lives on in): the state {@link StoryClusterer} places articles in and {@link
 * StoryReshaping} splits and merges. Story ids are resolved through merges by {@link #story}. Not
 * thread-safe.
 */
final class StoryPlaces {
  private final Map<Long, long[]> placed = new HashMap<>(); // id -> {story, event, copyOf}
  private final Map<Long, Long> storyParent = new HashMap<>(); // merged-away story -> into
  private final Map<Long, Centroid> centroids = new HashMap<>();
  private final Map<Long, Long> storyLatest = new HashMap<>(); // story -> newest member, epoch s

  /** {@code {story, event, copyOf}} of a placed article (story as placed: resolve it), or null. */
  long[] of(long article) {
    return placed.get(article);
  }

  boolean has(long article) {
    return placed.containsKey(article);
  }

  void put(long article, long story, long event, long copyOf) {
    placed.put(article, new long[] {story, event, copyOf});
  }

  void remove(long article) {
    placed.remove(article);
  }

  /** The story an earlier story id now belongs to (after merges). */
  long story(long storyId) {
    long s = storyId;
    while (storyParent.containsKey(s)) {
      s = storyParent.get(s);
    }
    return s;
  }

  /** The resolved story of a placed article. */
  long storyOf(long article) {
    return story(placed.get(article)[0]);
  }

  /** Whether {@code storyId} was merged into another story (its address redirects). */
  boolean mergedAway(long storyId) {
    return storyParent.containsKey(storyId);
  }

  /** Records that story {@code from} now lives on in {@code into}. */
  void redirect(long from, long into) {
    storyParent.put(from, into);
  }

  /** The story's summed member vectors, created empty for a new story. */
  Centroid centroid(long story) {
    return centroids.computeIfAbsent(story, k -> new Centroid());
  }

  /** The story's summed member vectors, or null when it has none. */
  Centroid existingCentroid(long story) {
    return centroids.get(story);
  }

  /** Replaces the story's summed vectors (a story that split off starts with its branch's). */
  void setCentroid(long story, Centroid c) {
    centroids.put(story, c);
  }

  /** Notes a member published at {@code epochSecond} in {@code story}. */
  void touched(long story, long epochSecond) {
    storyLatest.merge(story, epochSecond, Math::max);
  }

  /** Forgets a story that has no members left. */
  void forgetStory(long story) {
    centroids.remove(story);
    storyLatest.remove(story);
  }

  /** Folds story {@code from} into {@code into} (a merge). */
  void fold(long into, long from) {
    storyParent.put(from, into);
    Long latest = storyLatest.remove(from);
    if (latest != null) {
      storyLatest.merge(into, latest, Math::max);
    }
    Centroid folded = centroids.remove(from);
    if (folded != null) {
      centroid(into).addAll(folded);
    }
  }

  /** The article is now in {@code story} (a split moved it). */
  void setStory(long article, long story) {
    placed.get(article)[0] = story;
  }

  /** Every article placed in event {@code from} is now in event {@code into}. */
  void moveEvent(long from, long into) {
    placed.values().stream().filter(q -> q[1] == from).forEach(q -> q[1] = into);
  }

  /** The copies (those still placed) now point to {@code original}. */
  void repointCopies(List<Long> copies, long original) {
    copies.stream().map(placed::get).filter(q -> q != null).forEach(q -> q[2] = original);
  }

  /**
   * Forgets the stories whose newest member is older than {@code horizon} (epoch seconds) and the
   * places of articles {@code inWindow} rejects.
   */
  void sweep(long horizon, LongPredicate inWindow) {
    storyLatest.entrySet().removeIf(e -> {
      boolean gone = e.getValue() < horizon;
      if (gone) {
        centroids.remove(e.getKey());
      }
      return gone;
    });
    placed.keySet().removeIf(id -> !inWindow.test(id));
  }
}
