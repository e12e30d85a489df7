package dev.newsbridge.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.translate.EntityAwareTranslator;
import dev.newsbridge.translate.Fixtures;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationEngine;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.TranslatorContract;
import dev.newsbridge.translate.engine.EngineException.Kind;
import dev.newsbridge.translate.engine.FakeEngineServer.Fault;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of every HTTP engine, run against a loopback server that speaks the engine's
 * protocol. The translator contract runs with the server making the engine-typical mistake with
 * names; the failure cases follow, each ending in an {@link EngineException} of the right kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HttpEngineContract extends TranslatorContract {
  /** Generous: the fake server glosses with HanLP, which loads on the first request. */
  static final EngineLimits TEST_LIMITS =
      new EngineLimits(Duration.ofSeconds(30), 2, 3_000, 20, 1 << 20);

  protected final FakeEngineServer server = new FakeEngineServer(protocol());
  private final Translator translator = new EntityAwareTranslator(engine(TEST_LIMITS));

  protected abstract FakeEngineServer.Protocol protocol();

  /** The engine under test, pointed at {@code baseUrl}. */
  protected abstract TranslationEngine engine(String baseUrl, EngineLimits limits);

  protected TranslationEngine engine(EngineLimits limits) {
    return engine(server.baseUrl(), limits);
  }

  @Override
  protected Translator translator() {
    return translator;
  }

  @BeforeEach
  void theEngineMakesTheTypicalMistakeWithNames() {
    server.fault(Fault.CARELESS_NAMES);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  static Translation translate(Translator t, String... paragraphs) throws TranslationException {
    return t.translate(new TranslationRequest("zh", "", List.of(paragraphs)));
  }

  EngineException failureWith(Fault fault) {
    server.fault(fault);
    return failureOf(translator);
  }

  static EngineException failureOf(Translator t) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> translate(t, "微软表示，奥特曼将加入公司。"));
    assertThat(thrown).isInstanceOf(EngineException.class);
    return (EngineException) thrown;
  }

  @Test
  void sendsNothingForEnglishText() throws TranslationException {
    int before = server.requests().size();

    translator.translate(new TranslationRequest("en", "Title", List.of("Already English.")));

    assertThat(server.requests()).hasSize(before);
  }

  @Test
  void sendsPlainTextWithPlaceholdersInsteadOfNames() throws Exception {
    int before = server.requests().size();

    translate(translator, "苏茨克维和穆拉蒂留任。");

    List<String> sent = server.paragraphsOf(server.requests().get(before));
    assertThat(sent).singleElement().asString().contains("⟦1⟧", "⟦2⟧")
        .doesNotContain("苏茨克维", "穆拉蒂", "<");
  }

  @Test
  void turnsMarkupInTheAnswerIntoHarmlessText() throws TranslationException {
    server.fault(Fault.HTML_INJECTION);

    Translation t = translate(translator, "奥特曼回到了OpenAI。");

    assertThat(t.paragraphs().get(0)).contains("Altman")
        .doesNotContain("<", ">", "onerror", "script", "alert");
  }

  @Nested
  class Failures {
    @Test
    void rateLimitingCarriesTheServersRetryAfter() {
      EngineException e = failureWith(Fault.RATE_LIMITED);

      assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void aServerErrorIsReportedWithItsStatus() {
      EngineException e = failureWith(Fault.SERVER_ERROR);

      assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.getMessage()).doesNotContain("<html>");
    }

    @Test
    void aSlowServerIsCutOffAtTheDeadline() {
      server.fault(Fault.SLOW);
      Translator impatient = new EntityAwareTranslator(
          engine(TEST_LIMITS.withTimeout(Duration.ofMillis(400))));
      long start = System.nanoTime();

      EngineException e = failureOf(impatient);

      assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anAnswerThatIsNotJsonIsMalformed() {
      assertThat(failureWith(Fault.MALFORMED_JSON).kind()).isEqualTo(Kind.MALFORMED_ANSWER);
    }

    @Test
    void anAnswerWithTheWrongNumberOfParagraphsIsRefused() {
      server.fault(Fault.WRONG_COUNT);

      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
          () -> translate(translator, "第一段。", "第二段。"));

      assertThat(thrown).isInstanceOf(EngineException.class);
      assertThat(((EngineException) thrown).kind()).isEqualTo(Kind.WRONG_PARAGRAPH_COUNT);
    }

    @Test
    void anAnswerLargerThanTheCapIsRefused() {
      server.fault(Fault.NONE);
      Translator capped = new EntityAwareTranslator(engine(new EngineLimits(
          Duration.ofSeconds(30), 2, 3_000, 20, 16)));

      assertThat(failureOf(capped).kind()).isEqualTo(Kind.ANSWER_TOO_LARGE);
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() {
      Translator nowhere = new EntityAwareTranslator(engine("http://127.0.0.1:9", TEST_LIMITS));

      assertThat(failureOf(nowhere).kind()).isIn(Kind.UNREACHABLE, Kind.TIMEOUT);
    }
  }

  @Nested
  class Limits {
    @Test
    void splitsALongArticleIntoRequestsWithinTheBatchLimits() throws TranslationException {
      server.fault(Fault.NONE);
      Translator small = new EntityAwareTranslator(engine(TEST_LIMITS.withBatch(20, 2)));
      int before = server.requests().size();
      List<String> paragraphs = List.of("第一段讲经济。", "第二段讲科技。", "第三段讲体育。",
          "第四段讲文化。", "第五段讲教育。");

      Translation t = small.translate(new TranslationRequest("zh", "", paragraphs));

      assertThat(t.paragraphs()).hasSize(5).allSatisfy(p -> assertThat(p).isNotBlank());
      assertThat(server.requests().size() - before).isGreaterThanOrEqualTo(3);
    }

    @Test
    void neverHasMoreRequestsInFlightThanItsConcurrencyLimit() throws Exception {
      server.fault(Fault.NONE);
      Translator one = new EntityAwareTranslator(engine(TEST_LIMITS.withConcurrency(1)));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Translation>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          results.add(pool.submit(() -> translate(one, "微软发布了新的人工智能模型。")));
        }
        for (Future<Translation> f : results) {
          assertThat(f.get().paragraphs().get(0)).contains("Microsoft");
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(server.maxInFlight()).isBetween(1, 2); // 2: the other tests' engines share it
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/", "javascript:alert(1)",
        "http://user:pw@127.0.0.1/", "127.0.0.1:5000", "http://127.0.0.1/?key=1"})
    void refusesAnEngineUrlThatIsNotPlainHttpOrHttps(String url) {
      assertThatThrownBy(() -> engine(url, TEST_LIMITS))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  static InstantSource clock() {
    return InstantSource.system();
  }

  static List<String> lines(String fixture) {
    return Fixtures.lines(fixture);
  }
}
