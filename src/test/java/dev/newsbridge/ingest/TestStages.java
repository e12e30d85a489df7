package dev.newsbridge.ingest;

import dev.newsbridge.enrich.EntityKeyphraseTagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.translate.OfflineGlossTranslator;

/** The real stages with the offline engine, as the ingest tests run every article through. */
final class TestStages {
  private TestStages() {}

  static Stages offline() {
    return new Stages(
        new ArticleExtractor(),
        new LanguageDetector(),
        new OfflineGlossTranslator(),
        new EntityKeyphraseTagger());
  }
}
