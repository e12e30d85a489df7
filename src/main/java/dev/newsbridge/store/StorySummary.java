package dev.newsbridge.store;

import java.time.Instant;

/**
 * A story in a listing.
 *
 * @param storyId the story's id (its first article's id)
 * @param articles how many articles it holds, copies included
 * @param first the earliest report's time (publication, else fetch)
 * @param last the latest report's time
 */
public record StorySummary(long storyId, int articles, Instant first, Instant last) {}
