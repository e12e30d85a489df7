package dev.newsbridge.translate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.translate.EntityAwareTranslator;
import dev.newsbridge.translate.Fixtures;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.cache.CachingTranslator;
import dev.newsbridge.translate.engine.FakeEngineServer.Protocol;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-translating an article with the same engine and glossary costs no request, even after a restart. */
class CachedEngineTest {
  @TempDir Path dataDir;

  @Test
  void asksTheEngineServerOncePerArticleAcrossRestarts() throws Exception {
    try (FakeEngineServer server = new FakeEngineServer(Protocol.LIBRETRANSLATE)) {
      Translation first;
      try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
        first = cached(server, store).translate(Fixtures.request("openai-board-ousts-altman.txt"));
      }
      int afterFirst = server.requests().size();

      Translation again;
      try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
        again = cached(server, store).translate(Fixtures.request("openai-board-ousts-altman.txt"));
      }

      assertThat(afterFirst).isPositive();
      assertThat(server.requests()).hasSize(afterFirst);
      assertThat(again).isEqualTo(first);
    }
  }

  private static Translator cached(FakeEngineServer server, SqliteArticleStore store) {
    Translator engine = new EntityAwareTranslator(new LibreTranslateEngine(server.baseUrl(), null,
        LibreTranslateEngine.DEFAULT_LIMITS, InstantSource.system()));
    return new CachingTranslator(engine, store.translationCache());
  }
}
