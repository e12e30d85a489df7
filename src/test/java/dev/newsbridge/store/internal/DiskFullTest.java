package dev.newsbridge.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.store.StoreException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, as SQLite itself reports it: {@code PRAGMA max_page_count} caps the file, so a
 * write that needs one more page fails with SQLITE_FULL ("database or disk is full") exactly as it
 * does when the file system is full. The failed write is one clear error; what was committed
 * before stays whole, and writing works again once there is room.
 */
class DiskFullTest {
  @TempDir Path dir;
  private SqliteDatabase db;

  @BeforeEach
  void openAMigratedDatabase() {
    db = SqliteDatabase.open(dir.resolve("newsbridge.db"));
    db.write(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
          }
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aWriteOnAFullDiskFailsWithAClearErrorAndKeepsWhatWasCommitted() {
    int committed = fillUntilFull();

    assertThat(committed).isPositive();
    assertThat(rows()).isEqualTo(committed);
    assertThat(integrity()).isEqualTo("ok");
  }

  @Test
  void writingWorksAgainOnceThereIsRoom() {
    int committed = fillUntilFull();
    setMaxPages(1_000_000);

    insertOne();

    assertThat(rows()).isEqualTo(committed + 1);
    assertThat(integrity()).isEqualTo("ok");
  }

  /** Caps the file a few pages above its size, then writes 16 KiB rows until SQLite says full. */
  private int fillUntilFull() {
    setMaxPages(pageCount() + 8);
    int committed = 0;
    while (true) {
      try {
        insertOne();
        committed++;
      } catch (StoreException full) {
        assertThat(full).hasMessageContaining("full").hasMessageContaining(dir.toString());
        return committed;
      }
      assertThat(committed).as("the cap must stop the writes").isLessThan(1000);
    }
  }

  private void insertOne() {
    db.write(
        c -> {
          try (PreparedStatement p = c.prepareStatement("INSERT INTO filler (payload) VALUES (?)")) {
            p.setBytes(1, new byte[16 * 1024]);
            return p.executeUpdate();
          }
        });
  }

  private void setMaxPages(long pages) {
    db.write(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA max_page_count = " + pages);
          }
          return null;
        });
  }

  private long pageCount() {
    return db.read(c -> longValue(c.createStatement(), "PRAGMA page_count"));
  }

  private long rows() {
    return db.read(c -> longValue(c.createStatement(), "SELECT count(*) FROM filler"));
  }

  private String integrity() {
    return db.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
          }
        });
  }

  private static long longValue(Statement s, String sql) throws java.sql.SQLException {
    try (s;
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
