package dev.newsbridge.story;

import java.util.List;

/**
 * Where one article landed.
 *
 * @param articleId the article
 * @param storyId the story it joined (a story's id is its first article's id)
 * @param eventId the event within the story (an event's id is its first article's id)
 * @param duplicateOf the article it copies (verbatim or lightly rewritten), or 0 when original
 * @param mergedStories stories found to be this one and folded into {@code storyId}; their
 *     articles now belong to {@code storyId}
 * @param copies articles that copied another and now copy this one instead: it is the earlier
 *     published (or credited) original of their text, arrived after them (issue #6)
 * @param mergedEvents events of {@code storyId} found to be one with {@code eventId} and folded
 *     into it (an article placed again once translated bridged them)
 */
public record StoryAssignment(
    long articleId,
    long storyId,
    long eventId,
    long duplicateOf,
    List<Long> mergedStories,
    List<Long> copies,
    List<Long> mergedEvents) {
  public StoryAssignment {
    mergedStories = List.copyOf(mergedStories);
    copies = List.copyOf(copies);
    mergedEvents = List.copyOf(mergedEvents);
  }

  /** A place that merges no events. */
  public StoryAssignment(
      long articleId,
      long storyId,
      long eventId,
      long duplicateOf,
      List<Long> mergedStories,
      List<Long> copies) {
    this(articleId, storyId, eventId, duplicateOf, mergedStories, copies, List.of());
  }

  /** A place that repoints no copies. */
  public StoryAssignment(
      long articleId, long storyId, long eventId, long duplicateOf, List<Long> mergedStories) {
    this(articleId, storyId, eventId, duplicateOf, mergedStories, List.of(), List.of());
  }

  public boolean isCopy() {
    return duplicateOf != 0;
  }
}
