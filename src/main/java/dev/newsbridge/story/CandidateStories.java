package dev.newsbridge.story;

import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.Similarity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stories an article's candidate reports belong to, in the order met, and whether each story's
 * matching reports agree with the article where words cannot tell: on who it is about (some report
 * shares an entity with it, or either side names none, or, across languages, their headlines name
 * one subject: {@link Similarity#entitiesAgree}) and on where it happened (fewer than two
 * in three of them lead with places in other regions of China, {@link
 * ArticleRegions#conflictsWith}). A majority for regions, not "some report", because a story
 * gathers round-ups that name both places (a fire safety review after two fires) and one such
 * report would otherwise let every report of the other fire in. And on which incident it is: when
 * two in three of the matching reports that name incidents by date code name other ones ({@link
 * Similarity#differentIncidents}: “6·14” and “9·3” plant explosions in one province), the article
 * is about another incident and does not join at all, as a pair of such reports is never one story.
 */
final class CandidateStories {
  private final Doc article;
  private final Map<Long, Votes> byStory = new LinkedHashMap<>();

  /** What the candidates of one story said about the article. */
  private static final class Votes {
    boolean entitiesAgree;
    int regionConflicts;
    int reports;
    int incidentConflicts;
    int namingIncidents;
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
    if (article.incidents().length > 0 && candidate.incidents().length > 0) {
      v.namingIncidents++;
      v.incidentConflicts += Similarity.differentIncidents(article, candidate) ? 1 : 0;
    }
  }

  /** The candidate stories, in the order their first report was met. */
  Set<Long> stories() {
    return byStory.keySet();
  }

  /**
   * The factor on the article's likeness to {@code story}: 1, times {@link
   * StoryClusterer#ENTITY_MISMATCH} when the entities disagree, times {@link
   * StoryClusterer#REGION_MISMATCH} when the regions do; 0 when the incidents do.
   */
  double agreement(long story) {
    Votes v = byStory.get(story);
    if (v.namingIncidents > 0 && mostly(v.incidentConflicts, v.namingIncidents)) {
      return 0;
    }
    double factor = v.entitiesAgree ? 1 : StoryClusterer.ENTITY_MISMATCH;
    return mostly(v.regionConflicts, v.reports) ? factor * StoryClusterer.REGION_MISMATCH : factor;
  }

  /** Whether at least two in three of {@code of} are {@code some}. */
  private static boolean mostly(int some, int of) {
    return 3 * some >= 2 * of;
  }
}
