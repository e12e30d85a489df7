package dev.newsbridge.search;

import java.util.List;

/** Article ids for one page of results, best first, and the total number of hits. */
public record SearchHits(List<Long> ids, long total) {
  public SearchHits {
    ids = List.copyOf(ids);
  }
}
