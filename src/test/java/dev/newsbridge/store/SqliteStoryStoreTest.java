package dev.newsbridge.store;

import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.io.TempDir;

/** The story contract on a real SQLite file. */
class SqliteStoryStoreTest extends StoryStoreContract {
  @TempDir Path dir;

  @Override
  protected ArticleStore openEmptyStore(InstantSource clock) {
    return SqliteArticleStore.open(dir, clock);
  }
}
