package dev.newsbridge.store;

/**
 * An article's place in a story (stories: issue #6).
 *
 * @param articleId the article
 * @param storyId the story (the id of its first article)
 * @param eventId the event within the story (the id of its first article)
 * @param duplicateOf the article this one copies, or 0 when it is an original
 */
public record StoryMember(long articleId, long storyId, long eventId, long duplicateOf) {
  public boolean isCopy() {
    return duplicateOf != 0;
  }
}
