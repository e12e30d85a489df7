package dev.newsbridge.ingest;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.FeedEntry;
import dev.newsbridge.store.NewArticle;
import java.time.ZoneOffset;

/**
 * Fills what the page did not say from what the feed said about it: the page is trusted first
 * because it is the article itself; the feed is the fallback.
 */
final class FeedHints {
  private FeedHints() {}

  static NewArticle apply(NewArticle article, FeedEntry hints) {
    if (hints == null) {
      return article;
    }
    ExtractedArticle o = article.original();
    ExtractedArticle filled =
        new ExtractedArticle(
            o.url(),
            isBlank(o.title()) ? hints.title() : o.title(),
            isBlank(o.author()) ? hints.author() : o.author(),
            o.outlet(),
            o.publishedAt() == null && hints.publishedAt() != null
                ? hints.publishedAt().atOffset(ZoneOffset.UTC)
                : o.publishedAt(),
            o.paragraphs(),
            o.charset(),
            o.warnings());
    return new NewArticle(
        article.sourceId(),
        article.language(),
        filled,
        article.translation(),
        article.tags(),
        article.fetchedAt());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
