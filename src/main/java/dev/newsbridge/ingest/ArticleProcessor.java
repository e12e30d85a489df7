package dev.newsbridge.ingest;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.enrich.Tagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.language.Language;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one fetched article page into an article ready to store: extract, detect language,
 * translate, tag. A translation failure is not an article failure: the article is kept with its
 * original text and its translation marked pending.
 */
final class ArticleProcessor {
  private static final Logger log = LoggerFactory.getLogger(ArticleProcessor.class);

  private final ArticleExtractor extractor;
  private final LanguageDetector languageDetector;
  private final Translator translator;
  private final Tagger tagger;
  private final InstantSource clock;
  private final TranslationBackoff backoff = new TranslationBackoff();
  private final StageTimes times;

  ArticleProcessor(
      ArticleExtractor extractor,
      LanguageDetector languageDetector,
      Translator translator,
      Tagger tagger,
      InstantSource clock,
      StageTimes times) {
    this.times = times;
    this.extractor = extractor;
    this.languageDetector = languageDetector;
    this.translator = translator;
    this.tagger = tagger;
    this.clock = clock;
  }

  /** True while the engine asked us (or its failures tell us) to wait; see {@link TranslationBackoff}. */
  boolean translationPaused() {
    return !backoff.allows(clock.instant());
  }

  /**
   * @throws UnusableArticleException when the page holds no article body to keep
   */
  NewArticle process(Source source, FetchedResource page) throws UnusableArticleException {
    long t = StageTimes.start();
    ExtractedArticle original =
        extractor.extract(page.body(), page.contentType(), page.finalUrl(), page.fetchedAt());
    times.stop(StageTimes.Stage.EXTRACT, t);
    if (original.paragraphs().isEmpty()) {
      throw new UnusableArticleException(
          "no article body found" + warningsOf(original) + " at " + page.finalUrl());
    }
    t = StageTimes.start();
    String language = languageOf(source, original);
    times.stop(StageTimes.Stage.LANGUAGE, t);
    t = StageTimes.start();
    Translation translation =
        "en".equals(language) ? null : translate(regional(source, language), original, source);
    times.stop(StageTimes.Stage.TRANSLATE, t);
    t = StageTimes.start();
    List<Tag> tags = tagger.tag(original, translation);
    times.stop(StageTimes.Stage.TAG, t);
    return new NewArticle(source.id(), language, original, translation, tags, page.fetchedAt());
  }

  /**
   * Translates and re-tags an article stored while its translation was pending.
   *
   * @return the new translation and tags, or empty when the engine failed again
   */
  Optional<Retranslated> retranslate(StoredArticle article, Source source) {
    String language = regional(source, article.language());
    Translation translation = translate(language, article.original(), source);
    if (translation == null) {
      return Optional.empty();
    }
    return Optional.of(new Retranslated(translation, tagger.tag(article.original(), translation)));
  }

  record Retranslated(Translation translation, List<Tag> tags) {}

  private String languageOf(Source source, ExtractedArticle original) {
    String sample =
        (nullToEmpty(original.title()) + "\n" + String.join("\n", original.paragraphs()));
    Language detected = languageDetector.detect(sample);
    if ("und".equals(detected.code()) && source.language() != null) {
      String primary = java.util.Locale.forLanguageTag(source.language()).getLanguage();
      return primary.isEmpty() ? source.language() : primary; // zh for zh-TW, as detected ones
    }
    return detected.code();
  }

  /**
   * The outlet's declared tag when it refines the article's language (zh-TW for zh): the region
   * decides how the translation spells names. The article itself keeps the primary tag.
   */
  private static String regional(Source source, String language) {
    String declared = source == null ? null : source.language();
    return declared != null && declared.startsWith(language + "-") ? declared : language;
  }

  private Translation translate(String language, ExtractedArticle original, Source source) {
    Instant now = clock.instant();
    if (!backoff.allows(now)) {
      return null; // pending; the engine is not asked again before backoff.notBefore()
    }
    try {
      Translation t = translator.translate(
          new TranslationRequest(
              language, nullToEmpty(original.title()), original.paragraphs(),
              credits(original, source)));
      backoff.succeeded();
      return t;
    } catch (TranslationException e) {
      backoff.failed(e.retryAfter().orElse(null), now);
      log.warn("translation failed for {}: {}; engine paused until {}", original.url(),
          e.getMessage(), backoff.notBefore());
      return null;
    } catch (RuntimeException e) {
      // Kept untranslated ("translation pending"), never dropped.
      log.warn("translation failed for {}: {}", original.url(), e.getMessage());
      return null;
    }
  }

  /**
   * The names the site credits: the reporter, and the outlet the page credits, else the source's
   * name, which the site shows in its place (so both have an English form).
   */
  private static List<String> credits(ExtractedArticle original, Source source) {
    String outlet = isBlank(original.outlet()) && source != null ? source.name() : original.outlet();
    return java.util.stream.Stream.of(original.author(), outlet)
        .filter(s -> !isBlank(s))
        .toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String warningsOf(ExtractedArticle article) {
    return article.warnings().isEmpty() ? "" : " (" + String.join("; ", article.warnings()) + ")";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
