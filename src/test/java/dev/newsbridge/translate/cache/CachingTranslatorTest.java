package dev.newsbridge.translate.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CachingTranslatorTest {
  private static final Translator OFFLINE = new OfflineGlossTranslator();
  private static final TranslationRequest ARTICLE =
      new TranslationRequest("zh", "微软发布新模型", List.of("微软周二发布了新的人工智能模型。"));

  /** The offline translator, counting how often it is really asked; fails while told to. */
  static final class CountingTranslator implements Translator {
    final AtomicInteger calls = new AtomicInteger();
    final String engineId;
    volatile boolean failing;

    CountingTranslator(String engineId) {
      this.engineId = engineId;
    }

    @Override
    public String engineId() {
      return engineId;
    }

    @Override
    public Translation translate(TranslationRequest request) throws TranslationException {
      calls.incrementAndGet();
      if (failing) {
        throw new TranslationException("engine down");
      }
      return OFFLINE.translate(request);
    }
  }

  private final CountingTranslator engine = new CountingTranslator("offline-gloss");
  private final InMemoryTranslationCache cache = new InMemoryTranslationCache();
  private final AtomicReference<String> glossary = new AtomicReference<>("g1");
  private final CachingTranslator translator =
      new CachingTranslator(engine, cache, glossary::get);

  @Test
  void translatesTheSameTextOnceAndAnswersFromTheCacheAfterwards() throws Exception {
    Translation first = translator.translate(ARTICLE);
    Translation second = translator.translate(ARTICLE);

    assertThat(second).isEqualTo(first);
    assertThat(engine.calls).hasValue(1);
  }

  @Nested
  class Misses {
    @Test
    void whenTheTextChanges() throws Exception {
      translator.translate(ARTICLE);
      translator.translate(new TranslationRequest("zh", "微软发布新模型",
          List.of("微软周三发布了新的人工智能模型。")));

      assertThat(engine.calls).hasValue(2);
    }

    @Test
    void whenTheGlossaryVersionChanges() throws Exception {
      translator.translate(ARTICLE);
      glossary.set("g2");
      translator.translate(ARTICLE);

      assertThat(engine.calls).hasValue(2);
    }

    @Test
    void whenAnotherEngineTranslates() throws Exception {
      CountingTranslator other = new CountingTranslator("openai:some-model");
      translator.translate(ARTICLE);
      new CachingTranslator(other, cache, glossary::get).translate(ARTICLE);

      assertThat(other.calls).hasValue(1);
    }

    @Test
    void whenTextMovesBetweenTitleAndBody() {
      TranslationKey a = TranslationKey.of(
          new TranslationRequest("zh", "甲", List.of("乙")), "e", "g");
      TranslationKey b = TranslationKey.of(
          new TranslationRequest("zh", "", List.of("甲", "乙")), "e", "g");

      assertThat(a).isNotEqualTo(b);
    }
  }

  @Test
  void neverCachesAFailure() throws Exception {
    engine.failing = true;
    assertThatThrownBy(() -> translator.translate(ARTICLE))
        .isInstanceOf(TranslationException.class);
    engine.failing = false;

    translator.translate(ARTICLE);

    assertThat(engine.calls).hasValue(2);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void stillTranslatesWhenTheCacheItselfFails() throws Exception {
    TranslationCache broken = new TranslationCache() {
      @Override
      public Optional<Translation> find(TranslationKey key) {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public void put(TranslationKey key, Translation translation) {
        throw new IllegalStateException("disk on fire");
      }
    };

    Translation t = new CachingTranslator(engine, broken, glossary::get).translate(ARTICLE);

    assertThat(t.paragraphs().get(0)).contains("Microsoft");
  }

  @Test
  void theBundledGlossaryVersionIsStableAndNamesTheDataAndTheRules() {
    assertThat(GlossaryVersion.bundled()).hasSize(16).isEqualTo(GlossaryVersion.bundled())
        .isEqualTo(GlossaryVersion.hash(GlossaryVersion.RESOURCES, GlossaryVersion.RULES))
        .isNotEqualTo(GlossaryVersion.hash(List.of("glossary.tsv"), GlossaryVersion.RULES))
        .as("translations cached by an older translate stage are not reused")
        .isNotEqualTo(GlossaryVersion.hash(GlossaryVersion.RESOURCES, "1"));
    assertThat(GlossaryVersion.combine("abc", "u7")).isEqualTo("abc+u7");
  }
}
