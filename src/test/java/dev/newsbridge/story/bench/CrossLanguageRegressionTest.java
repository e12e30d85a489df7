package dev.newsbridge.story.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.OfflineGlossTranslator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the cross-language story bench ({@code bench stories --cross-language}) over the
 * development corpus ({@code ../shared/corpus/story-dev}, or the folder named by the system
 * property {@value StoryRegressionTest#CORPUS_PROPERTY}) and fails when a figure falls below the
 * one measured when the floor was set, less {@value #MARGIN}. Skipped when the corpus is not
 * there. About 30 s (it translates every article's title and lead).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossLanguageRegressionTest {
  static final double MARGIN = 0.01;

  /**
   * Measured 2026-11-29: same-event accuracy, Chinese report against English report (0.843
   * before half the event score was the English headlines' likeness).
   */
  static final double PAIR_EVENT_ACCURACY = 0.888;
  /** Measured 2026-11-28: same-story accuracy across languages. */
  static final double PAIR_STORY_ACCURACY = 0.920;
  /**
   * Measured 2026-11-29: story B-cubed F1, every article with its translation (0.919 while the
   * translations described places with their province, "prefecture-level city in Hebei Province",
   * words that tied reports of one province together; now they name them; 0.917 before a story
   * whose reports mostly lead from another region counted against an article).
   */
  static final double TRANSLATED_STORY_BCUBED_F1 = 0.923;
  /**
   * Measured 2026-11-29: story B-cubed F1, every second article an English report (0.902 before
   * this day's translation changes; institution names alone moved it to 0.887, and with them
   * switched off again later it stayed at 0.885: the stream's English reports are the engine's own
   * translations, and small changes to their words and names move a story's split by a point or
   * two); 0.917 since English reports read the regions of China their places lie in, 0.887 before.
   */
  static final double MIXED_STORY_BCUBED_F1 = 0.917;
  /**
   * Measured 2026-11-29: event B-cubed F1, every second article an English report (0.815-0.818
   * with the event join bar at 2.5; at 1.5 more English reports join Chinese events: precision
   * 0.795 -> 0.777); 0.835 since half the cross-language event score is the English headlines'
   * likeness (0.814 before); 0.838 since the other language's reports cannot pull an article into
   * an event its own language's reports speak against.
   */
  static final double MIXED_EVENT_BCUBED_F1 = 0.838;

  private CrossLanguageBench.Result result;

  @BeforeAll
  void runTheBench() {
    result = new CrossLanguageBench(new OfflineGlossTranslator())
        .run(StoryRegressionTest.storyDevOrSkip(), n -> {});
  }

  @Test
  void pairDecisionsAcrossLanguagesStayAtTheirMeasuredAccuracy() {
    assertThat(result.event().accuracy()).isGreaterThanOrEqualTo(PAIR_EVENT_ACCURACY - MARGIN);
    assertThat(result.story().accuracy()).isGreaterThanOrEqualTo(PAIR_STORY_ACCURACY - MARGIN);
  }

  @Test
  void storiesWithTranslationsAndAcrossLanguagesStayAtTheirMeasuredBCubedF1() {
    assertThat(result.translatedStream()[0].f1())
        .isGreaterThanOrEqualTo(TRANSLATED_STORY_BCUBED_F1 - MARGIN);
    assertThat(result.mixedStream()[0].f1()).isGreaterThanOrEqualTo(MIXED_STORY_BCUBED_F1 - MARGIN);
    assertThat(result.mixedStream()[1].f1()).isGreaterThanOrEqualTo(MIXED_EVENT_BCUBED_F1 - MARGIN);
  }
}
