package dev.newsbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.cache.TranslationKey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTranslationCacheTest {
  @TempDir Path dataDir;

  private static final TranslationKey KEY = new TranslationKey("abc123", "deepl", "g1");
  private static final Translation TRANSLATION = new Translation("deepl",
      "Translated from Chinese by DeepL", "Altman returns",
      List.of("Sam Altman returned to OpenAI.", ""),
      List.of(new Entity("奥特曼", "Sam Altman", Entity.Type.PERSON),
          new Entity("人工智能", "artificial intelligence", null)));

  @Test
  void keepsATranslationAcrossRestarts() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
      store.translationCache().put(KEY, TRANSLATION);
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
      assertThat(store.translationCache().find(KEY)).contains(TRANSLATION);
      assertThat(store.translationCache().size()).isEqualTo(1);
    }
  }

  @Test
  void findsNothingUnderAKeyThatDiffersInAnyPart() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
      store.translationCache().put(KEY, TRANSLATION);

      assertThat(store.translationCache().find(new TranslationKey("abc124", "deepl", "g1")))
          .isEmpty();
      assertThat(store.translationCache().find(new TranslationKey("abc123", "openai:x", "g1")))
          .isEmpty();
      assertThat(store.translationCache().find(new TranslationKey("abc123", "deepl", "g2")))
          .isEmpty();
    }
  }

  @Test
  void replacesAnEntryPutTwice() {
    Translation newer = new Translation("deepl", "Translated from Chinese by DeepL", "New",
        List.of("Newer."), List.of());
    try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
      store.translationCache().put(KEY, TRANSLATION);
      store.translationCache().put(KEY, newer);

      assertThat(store.translationCache().find(KEY)).contains(newer);
      assertThat(store.translationCache().size()).isEqualTo(1);
    }
  }
}
