package dev.newsbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.store.StoredArticle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (RELIABILITY.md 3.7): a child JVM ingests into a data directory and is killed with
 * SIGKILL at a random point, several rounds in a row. After each kill the database must be intact
 * and hold every article whose commit returned, whole; the index must open at its last commit and
 * reconcile back to the database. Power loss cannot be simulated from Java; for that we rely on
 * SQLite's own tests and {@code synchronous=FULL}.
 */
class KillDuringIngestTest {

  private static final int ROUNDS = 3;
  private static final long SEED = 20240309L;

  @TempDir Path dataDir;

  @Test
  void everyCommittedArticleSurvivesAKillAndTheIndexReconcilesToTheDatabase() throws Exception {
    Random random = new Random(SEED);
    List<Long> committed = new CopyOnWriteArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      committed.addAll(runAndKill(round, 3 + random.nextInt(25)));

      assertThat(pragma("integrity_check")).isEqualTo("ok");
      assertThat(pragma("journal_mode")).isEqualTo("wal");
      try (SqliteArticleStore store = SqliteArticleStore.open(dataDir);
          LuceneSearchIndex index = LuceneSearchIndex.open(dataDir.resolve("index"))) {
        List<StoredArticle> found = store.articles(committed);
        assertThat(found).extracting(StoredArticle::id).containsExactlyElementsOf(committed);
        assertThat(found).allSatisfy(a -> assertThat(a.tags()).hasSize(3));
        assertThat(found).allSatisfy(a -> assertThat(a.translation()).isNotNull());

        IndexReconciler.reconcile(store, index);

        assertThat(index.indexedIds()).containsExactlyInAnyOrderElementsOf(store.allIds());
      }
    }
  }

  /** Starts the child, lets it commit {@code commits} articles, kills it, returns their ids. */
  private List<Long> runAndKill(int round, int commits) throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IngestUntilKilled.class.getName(),
                dataDir.toString(),
                Integer.toString(round))
            .redirectError(dataDir.resolve("child-" + round + ".err").toFile())
            .start();
    List<Long> ids = new CopyOnWriteArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (ids.size() < commits && (line = out.readLine()) != null) {
        if (line.startsWith("COMMITTED ")) {
          ids.add(Long.parseLong(line.substring("COMMITTED ".length())));
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(ids).as("child stopped early; see child-%d.err", round).hasSize(commits);
    return ids;
  }

  private String pragma(String name) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsbridge.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
