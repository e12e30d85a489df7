package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.ingest.bench.IngestBench;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run of {@code bench ingest}: two workers preparing articles, one writer; every article of
 * the generated outlet (GBK feeds included) is stored, and the second pass is all 304s with no page
 * fetched. The full-size measurement is the bench command, not this test.
 */
class BenchOutletIngestTest {
  @TempDir Path data;

  @Test
  void storesEveryArticleThenTheUnchangedSecondPassFetchesNoPage() throws IOException {
    IngestBench.Result result = IngestBench.run(data, 5, 40, 2, IngestListener.SILENT);

    assertThat(result.firstPass().stored()).isEqualTo(40);
    assertThat(result.firstPass().failed()).isZero();
    assertThat(result.secondPass().unchangedSources()).isEqualTo(5);
    assertThat(result.secondPassNotModified()).isEqualTo(5);
    assertThat(result.secondPassPageFetches()).isZero();
    assertThat(result.stageTimes().get(StageTimes.Stage.TRANSLATE)).isPositive();
  }
}
