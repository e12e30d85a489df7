package dev.newsbridge.story.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the story bench over the development corpus ({@code ../shared/corpus/story-dev} from the
 * project root, or the folder named by the system property {@value #CORPUS_PROPERTY}), without the
 * synthetic window, and fails when a figure falls below the floor: the figure measured when the
 * floor was set, less {@value #MARGIN} (the bench is deterministic: the margin only leaves room for
 * changes that trade a pair or two). Skipped when the corpus is not there. About 20 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryRegressionTest {
  static final String CORPUS_PROPERTY = "newsbridge.story.corpus";
  static final double MARGIN = 0.005;

  /**
   * Measured 2026-11-29 (bench stories): same-event accuracy (0.934 before two reports naming
   * different incidents by date code were held apart: three look-alike pairs); 0.939 since
   * 2026-11-30, when the figures a headline writes and the other report repeats count for one event.
   */
  static final double EVENT_ACCURACY = 0.939;
  /**
   * Measured 2026-11-29: same-story accuracy, 0.964 since reports naming different incidents by
   * date code are held apart; 0.959 since leads from two regions of China count
   * against one story (0.955 before; 0.957 before Chinese text was read in Simplified
   * characters: one look-alike pair, neither of them Traditional, flipped as its articles' nearest
   * neighbours changed; 0.956 before cities CC-CEDICT lists only with their 市 became entities:
   * one same-story pair of different events parted).
   */
  static final double STORY_ACCURACY = 0.964;
  /**
   * Measured 2026-11-29: same-story accuracy on the look-alike slice (100 pairs; was 0.710, then
   * 0.700; 0.740 since leads from two regions count against one story: two hospital fires; 0.790
   * since reports naming different incidents by date code are held apart: the “4·18” and “11·21”
   * fires' inquiries and accountability reports; 0.780 since 2026-11-30, when outlets became names:
   * two Foreign Ministry briefings were held apart only because one's credit line, 北京日报, set
   * its lead in Beijing against the other's Taiwan, and 北京日报 is now the paper, no place).
   */
  static final double LOOKALIKE_STORY_ACCURACY = 0.780;
  /**
   * Measured 2026-11-29: streaming clustering, story B-cubed F1 (0.924-0.925 before a story whose
   * reports mostly lead from another region of China counted against an article).
   */
  static final double STORY_BCUBED_F1 = 0.932;
  /**
   * Measured 2026-11-29: streaming clustering, event B-cubed F1 (0.890 with the event join bar at
   * 2.5).
   */
  static final double EVENT_BCUBED_F1 = 0.894;

  private StoryBench.Result result;

  @BeforeAll
  void runTheBench() {
    result = new StoryBench().run(storyDevOrSkip(), 0);
  }

  /** The story-dev corpus folder; the calling test is skipped when it is not there. */
  static Path storyDevOrSkip() {
    Path corpus = Path.of(System.getProperty(CORPUS_PROPERTY, "../shared/corpus/story-dev"));
    assumeTrue(Files.isRegularFile(corpus.resolve(StoryBench.CLUSTERS_FILE)),
        "story corpus not found at " + corpus.toAbsolutePath());
    return corpus;
  }

  @Test
  void pairDecisionsStayAtTheirMeasuredAccuracy() {
    assertThat(result.event().accuracy()).isGreaterThanOrEqualTo(EVENT_ACCURACY - MARGIN);
    assertThat(result.story().accuracy()).isGreaterThanOrEqualTo(STORY_ACCURACY - MARGIN);
    assertThat(result.byRelation().get("other_story_similar")[1].accuracy())
        .as("look-alike slice, same story")
        .isGreaterThanOrEqualTo(LOOKALIKE_STORY_ACCURACY - MARGIN);
  }

  @Test
  void streamingClusteringStaysAtItsMeasuredBCubedF1() {
    assertThat(result.stories().f1()).isGreaterThanOrEqualTo(STORY_BCUBED_F1 - MARGIN);
    assertThat(result.events().f1()).isGreaterThanOrEqualTo(EVENT_BCUBED_F1 - MARGIN);
  }
}
