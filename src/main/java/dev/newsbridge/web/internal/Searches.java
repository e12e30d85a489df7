package dev.newsbridge.web.internal;

import dev.newsbridge.search.SearchHits;

/** Runs a reader's search; the index's refusals become a 400 with a plain reason. */
final class Searches {
  private Searches() {}

  static SearchHits run(Site site, String query, int limit, int offset) {
    try {
      return site.index().search(query, limit, offset);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(
          "That search is too long, too complex or paged too deep. Try fewer words.");
    }
  }
}
