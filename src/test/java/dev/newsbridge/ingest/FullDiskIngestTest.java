package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.ingest.bench.BenchOutlet;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.testing.SmallFileSystem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up in the middle of an ingest pass: the data directory (database and index) is on
 * a small real file system ({@link SmallFileSystem}, skipped where this machine cannot mount). The
 * pass must not take the process down, and once there is room again the next passes store every
 * article of the outlet, each once, and the index catches up with the database by itself (no
 * restart): nothing is lost.
 */
class FullDiskIngestTest {
  static final int ARTICLES = 60;

  @TempDir Path mountPoint;
  private SmallFileSystem disk;

  @BeforeEach
  void mountASmallFileSystem() {
    disk = SmallFileSystem.mountOrSkip(mountPoint, 8192);
  }

  @AfterEach
  void unmount() {
    if (disk != null) {
      disk.close();
    }
  }

  @Test
  void aPassThatFillsTheDiskLosesNoArticleOnceThereIsRoomAgain() throws Exception {
    Path data = disk.root().resolve("data");
    FetchPolicy policy =
        FetchPolicy.defaults()
            .withPrivateHostAllowlist(List.of("127.0.0.1"))
            .withMinDelayPerHost(Duration.ZERO);
    Stages stages =
        TestStages.offline();
    try (BenchOutlet outlet = BenchOutlet.start(2, ARTICLES);
        SqliteArticleStore store = SqliteArticleStore.open(data);
        LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("index"));
        HttpFetcher fetcher = new HttpFetcher(policy)) {
      int n = 0;
      for (URI feed : outlet.feedUrls()) {
        store.addSource("满盘日报 " + n++, feed, "zh", true);
      }
      IngestPipeline pipeline =
          new IngestPipeline(store, index, s -> fetcher, stages, InstantSource.system());
      Path filler = disk.fill(96);

      assertThatCode(() -> pipeline.ingestAll(IngestListener.SILENT))
          .as("a full disk fails items, not the process")
          .doesNotThrowAnyException();
      int storedWhileFull = store.allIds().size();
      assertThat(storedWhileFull).as("the disk filled before the pass ended").isLessThan(ARTICLES);

      Files.delete(filler);
      for (int pass = 0; pass < 3 && store.allIds().size() < ARTICLES; pass++) {
        pipeline.ingestAll(IngestListener.SILENT);
      }

      List<Long> ids = store.allIds();
      assertThat(ids).hasSize(ARTICLES);
      assertThat(new HashSet<>(store.articles(ids)).stream().map(a -> a.original().url()).distinct())
          .hasSize(ARTICLES);
      assertThat(index.indexedIds()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(store.failedItems()).isEmpty();
    }
  }
}
