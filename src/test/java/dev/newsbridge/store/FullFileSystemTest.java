package dev.newsbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.source.Source;
import dev.newsbridge.testing.SmallFileSystem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real file system that fills up or is read-only: a small tmpfs (see {@link
 * SmallFileSystem}; skipped where this machine cannot mount). Unlike {@code DiskFullTest}, which
 * caps the database inside SQLite, here the kernel says ENOSPC or EROFS, as a full or read-only
 * disk does: the write fails with one clear error, what was committed stays whole, and writing
 * resumes once there is room.
 */
class FullFileSystemTest {
  /** Room for the migrated database and some articles: {@value} KiB. */
  static final int SIZE_KIB = 4096;

  @TempDir Path mountPoint;
  private SmallFileSystem disk;

  @BeforeEach
  void mountASmallFileSystem() {
    disk = SmallFileSystem.mountOrSkip(mountPoint, SIZE_KIB);
  }

  @AfterEach
  void unmount() {
    if (disk != null) {
      disk.close();
    }
  }

  @Test
  void aFullDiskFailsTheWriteClearlyKeepsWhatWasCommittedAndRecoversWhenThereIsRoom()
      throws Exception {
    Path data = disk.root().resolve("data");
    List<Long> committed = new ArrayList<>();
    Path filler;
    try (ArticleStore store = SqliteArticleStore.open(data)) {
      Source source = store.addSource("The Paper", URI.create("https://a.example/rss"), "zh", false);
      filler = disk.fill(64);

      StoreException full = saveUntilFull(store, source, committed);

      assertThat(full).hasMessageContaining("full").hasMessageContaining(data.toString());
      assertThat(committed).as("some articles fit before the disk filled").isNotEmpty();
      for (long id : committed) {
        assertThat(store.article(id)).as("article " + id).isPresent();
      }

      Files.delete(filler);
      long afterRoom = store.save(TestArticles.pendingTranslation(source.id(), url(100_000)));
      assertThat(store.article(afterRoom)).isPresent();
    }
    assertThat(integrityCheck(data)).isEqualTo("ok");
  }

  @Test
  void aReadOnlyFileSystemIsRefusedAtOpenWithAMessageNamingTheDirectory() throws Exception {
    Path data = Files.createDirectory(disk.root().resolve("data"));
    disk.makeReadOnly();

    assertThatThrownBy(() -> SqliteArticleStore.open(data))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(data.toString())
        .hasMessageContaining("not writable");
  }

  private static StoreException saveUntilFull(
      ArticleStore store, Source source, List<Long> committed) {
    for (int i = 0; i < 20_000; i++) {
      try {
        committed.add(store.save(TestArticles.pendingTranslation(source.id(), url(i))));
      } catch (StoreException e) {
        return e;
      }
    }
    throw new AssertionError("the disk never filled");
  }

  private static String url(int i) {
    return "https://a.example/articles/" + i + "?padding=" + "x".repeat(400);
  }

  private static String integrityCheck(Path data) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("newsbridge.db"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }
}
