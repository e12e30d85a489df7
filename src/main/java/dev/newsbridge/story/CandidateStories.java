package dev.newsbridge.story;

import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.Similarity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stories an article's candidate reports belong to, in the order met, and whether each story's
 * matching reports agree with the article where words cannot tell: on who it is about (some report
 * shares an entity with it, or either side names none) and on where it happened (fewer than two
 * in three of them lead with places in other regions of China, {@link
 * ArticleRegions#conflictsWith}). A majority for regions, not "some report", because a story
 * gathers round-ups that name both places (a fire safety review after two fires) and one such
 * report would otherwise let every report of the other fire in.
 */
final class CandidateStories {
  private final Doc article;
  private final Map<Long, Votes> byStory = new LinkedHashMap<>();

  /** What the candidates of one story said about the article. */
  private static final class Votes {
    boolean entitiesAgree;
    int regionConflicts;
    int reports;
  }

  CandidateStories(Doc article) {
    this.article = article;
  }

  /** Counts {@code candidate}, a report of {@code story}. */
  void add(long story, Doc candidate) {
    Votes v = byStory.computeIfAbsent(story, s -> new Votes());
    v.entitiesAgree |= Similarity.entitiesAgree(article, candidate);
    v.regionConflicts += article.regions().conflictsWith(candidate.regions()) ? 1 : 0;
    v.reports++;
  }

  /** The candidate stories, in the order their first report was met. */
  Set<Long> stories() {
    return byStory.keySet();
  }

  /**
   * The factor on the article's likeness to {@code story}: 1, times {@link
   * StoryClusterer#ENTITY_MISMATCH} when the entities disagree, times {@link
   * StoryClusterer#REGION_MISMATCH} when the regions do.
   */
  double agreement(long story) {
    Votes v = byStory.get(story);
    double factor = v.entitiesAgree ? 1 : StoryClusterer.ENTITY_MISMATCH;
    boolean elsewhere = 3 * v.regionConflicts >= 2 * v.reports;
    return elsewhere ? factor * StoryClusterer.REGION_MISMATCH : factor;
  }
}
