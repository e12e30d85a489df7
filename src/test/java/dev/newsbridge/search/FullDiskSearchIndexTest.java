package dev.newsbridge.search;

import static dev.newsbridge.search.SearchIndexContract.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.testing.SmallFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on a real file system that fills up ({@link SmallFileSystem}; skipped where this
 * machine cannot mount). Lucene closes its writer for good after a failed flush (a "tragic event");
 * a long-running desk must not need a restart to index again once the disk has room.
 */
class FullDiskSearchIndexTest {
  @TempDir Path mountPoint;
  private SmallFileSystem disk;

  @BeforeEach
  void mountASmallFileSystem() {
    disk = SmallFileSystem.mountOrSkip(mountPoint, 2048);
  }

  @AfterEach
  void unmount() {
    if (disk != null) {
      disk.close();
    }
  }

  @Test
  void afterTheDiskFilledTheIndexTakesArticlesAgainOnceThereIsRoom() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(disk.root().resolve("index"))) {
      index.index(english(1, "Harbour reopens", "The harbour reopened on Monday."));
      index.commit();
      Path filler = disk.fill(16);

      long failedAt = indexUntilTheDiskRefuses(index);
      Files.delete(filler);
      index.index(english(failedAt + 1, "Bridge opens", "The new bridge opened to traffic."));
      index.commit();

      assertThat(index.search("harbour", 10, 0).ids()).containsExactly(1L);
      assertThat(index.search("bridge", 10, 0).ids()).containsExactly(failedAt + 1);
    }
  }

  /** Indexes and commits sizeable articles until the index fails; returns the failing id. */
  private static long indexUntilTheDiskRefuses(LuceneSearchIndex index) {
    String body = "Filler text for a full disk. ".repeat(2000);
    for (long id = 2; id < 10_000; id++) {
      try {
        index.index(english(id, "Filler " + id, body + id));
        index.commit();
      } catch (SearchIndexException refused) {
        assertThat(refused).hasMessageContaining("index");
        return id;
      }
    }
    throw new AssertionError("the disk never filled");
  }
}
