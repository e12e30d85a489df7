package dev.newsbridge.store;

import java.util.List;

/** One page of a listing and the total number of matching articles. */
public record ArticlePage(List<StoredArticle> items, long total) {
  public ArticlePage {
    items = List.copyOf(items);
  }
}
