package dev.newsbridge.source;

import java.util.List;

/** A parsed feed: its title and entries, in feed order. */
public record Feed(String title, List<FeedEntry> entries) {
  public Feed {
    entries = List.copyOf(entries);
  }
}
