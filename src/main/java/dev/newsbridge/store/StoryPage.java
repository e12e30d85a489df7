package dev.newsbridge.store;

import java.util.List;

/** One page of stories and the total number of stories. */
public record StoryPage(List<StorySummary> items, long total) {
  public StoryPage {
    items = List.copyOf(items);
  }
}
