package dev.newsbridge.extract.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbridge.extract.ArticleExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the extraction bench over the development corpus ({@code ../shared/corpus/extraction-dev}
 * from the project root, or the folder named by the system property {@value #CORPUS_PROPERTY}) and
 * fails when a figure falls below the floor: the figure measured when the floor was set, less
 * {@value #MARGIN}. Skipped when the corpus is not there. One pass, no warm-up: about 10 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionRegressionTest {
  static final String CORPUS_PROPERTY = "newsbridge.extraction.corpus";
  static final double MARGIN = 0.01;

  /** Measured 2026-11-28 (bench extract): en-scrapinghub word F1. */
  static final double EN_WORD_F1 = 0.974;
  /** Measured 2026-11-28: zh-cwced word F1. */
  static final double ZH_WORD_F1 = 0.939;
  /** Measured 2026-11-28: zh-cwced CJK-character F1. */
  static final double ZH_CHAR_F1 = 0.967;
  /** Measured 2026-11-28: zh-cwced author match 22/23; one more miss still passes. */
  static final double ZH_AUTHOR = 21.0 / 23;
  /** Measured 2026-11-28: zh-cwced time match 22/24; one more miss still passes. */
  static final double ZH_TIME = 21.0 / 24;

  private ExtractionBench.Result result;

  @BeforeAll
  void runTheBench() throws IOException {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, "../shared/corpus/extraction-dev"));
    assumeTrue(Files.isDirectory(corpus), "extraction corpus not found at " + corpus.toAbsolutePath());
    List<LabelledPage> pages = LabelledPage.loadAll(corpus);
    result = new ExtractionBench(new ArticleExtractor(), Instant.now()).run(pages, line -> {});
  }

  @Test
  void englishBodyF1StaysAtItsMeasuredLevel() {
    assertThat(result.subset("en-scrapinghub").words().f1()).isGreaterThanOrEqualTo(EN_WORD_F1 - MARGIN);
  }

  @Test
  void chineseBodyF1StaysAtItsMeasuredLevelForWordsAndCharacters() {
    SubsetScore zh = result.subset("zh-cwced");
    assertThat(zh.words().f1()).isGreaterThanOrEqualTo(ZH_WORD_F1 - MARGIN);
    assertThat(zh.characters().f1()).isGreaterThanOrEqualTo(ZH_CHAR_F1 - MARGIN);
  }

  @Test
  void chineseAuthorAndTimeMatchRatesStayAtTheirMeasuredLevel() {
    SubsetScore zh = result.subset("zh-cwced");
    assertThat(zh.author().rate()).isGreaterThanOrEqualTo(ZH_AUTHOR - 1e-9);
    assertThat(zh.time().rate()).isGreaterThanOrEqualTo(ZH_TIME - 1e-9);
  }

  @Test
  void everyPageGivesABody() {
    SubsetScore all = result.subset("overall");
    assertThat(all.coverage()).contains("body " + all.pages() + "/" + all.pages());
  }
}
