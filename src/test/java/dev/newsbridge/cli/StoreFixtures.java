package dev.newsbridge.cli;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Stored Chinese articles that already have a translation, for the glossary tests. */
final class StoreFixtures {
  private StoreFixtures() {}

  static long saveTranslated(ArticleStore store, String url, String paragraph) {
    Source source = store.addSource("Test outlet", URI.create("https://example.test/feed"), "zh",
        false);
    ExtractedArticle original = new ExtractedArticle(URI.create(url), "标题", null, null, null,
        List.of(paragraph), "UTF-8", List.of());
    Translation english = new Translation("offline-gloss", "gloss", "Title", List.of("Text."),
        List.of());
    return store.save(new NewArticle(source.id(), "zh", original, english, List.of(),
        Instant.parse("2026-01-01T00:00:00Z")));
  }
}
