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
 */
public record StoryAssignment(
    long articleId, long storyId, long eventId, long duplicateOf, List<Long> mergedStories) {
  public StoryAssignment {
    mergedStories = List.copyOf(mergedStories);
  }

  public boolean isCopy() {
    return duplicateOf != 0;
  }
}
