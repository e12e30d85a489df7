package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.enrich.EntityKeyphraseTagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationBackoffTest {
  private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");

  @ParameterizedTest(name = "after {0} failure(s) without Retry-After: {1} s")
  @CsvSource({"1, 30", "2, 60", "3, 120", "7, 1920", "8, 3600", "40, 3600"})
  void pausesLongerAfterEachConsecutiveFailureUpToAnHour(int failures, long seconds) {
    assertThat(TranslationBackoff.doubling(failures)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void honoursTheEnginesRetryAfterAndEndsWithASuccess() {
    TranslationBackoff backoff = new TranslationBackoff();

    backoff.failed(Duration.ofSeconds(7), T0);

    assertThat(backoff.allows(T0.plusSeconds(6))).isFalse();
    assertThat(backoff.allows(T0.plusSeconds(7))).isTrue();
    backoff.succeeded();
    assertThat(backoff.allows(T0)).isTrue();
  }

  @Nested
  class DuringIngest {
    /** The offline translator behind a switch that makes it answer 429 with Retry-After: 60. */
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean rateLimited = true;
    final Translator engine = new Translator() {
      final Translator offline = new OfflineGlossTranslator();

      @Override
      public String engineId() {
        return offline.engineId();
      }

      @Override
      public Translation translate(TranslationRequest request) throws TranslationException {
        calls.incrementAndGet();
        if (rateLimited) {
          throw new TranslationException("HTTP 429", Duration.ofSeconds(60), null);
        }
        return offline.translate(request);
      }
    };
    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    final ArticleProcessor processor = new ArticleProcessor(new ArticleExtractor(),
        new LanguageDetector(), engine, new EntityKeyphraseTagger(), now::get, new StageTimes());

    @Test
    void keepsArticlesPendingWithoutAskingTheEngineUntilRetryAfterHasPassed() throws Exception {
      NewArticle first = processor.process(SOURCE, page());
      NewArticle second = processor.process(SOURCE, page());

      assertThat(first.translation()).isNull();
      assertThat(second.translation()).isNull();
      assertThat(second.original().paragraphs()).isNotEmpty();
      assertThat(calls).hasValue(1);
      assertThat(processor.translationPaused()).isTrue();

      rateLimited = false;
      now.set(T0.plusSeconds(60));
      NewArticle later = processor.process(SOURCE, page());

      assertThat(later.translation()).isNotNull();
      assertThat(later.translation().paragraphs().get(0)).contains("Microsoft");
      assertThat(calls).hasValue(2);
    }
  }

  private static final Source SOURCE = new Source(1, "Test outlet",
      URI.create("http://127.0.0.1:1/feed.xml"), "zh", true, T0, null);

  private static FetchedResource page() throws IOException {
    try (InputStream in = TranslationBackoffTest.class.getResourceAsStream(
        "translation/zh-article-microsoft-model.html")) {
      URI url = URI.create("http://127.0.0.1:1/articles/1.html");
      return new FetchedResource(url, url, 200, "text/html; charset=utf-8", in.readAllBytes(),
          Validators.NONE, T0);
    }
  }
}
