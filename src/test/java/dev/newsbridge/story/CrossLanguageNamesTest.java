package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Chinese and an English report of one event name different people (issue #6): each outlet
 * quotes its own local expert and names its own places, so that sharing no name is no sign of two
 * stories; names that conflict, two reports leading with different places or bodies, still are.
 */
class CrossLanguageNamesTest {
  static final String FOLDER = "each-side-quotes-its-own-people";
  static final String ECLIPSE_ZH = "zh-lunar-eclipse-observatory-researcher";
  static final String ECLIPSE_EN = "en-lunar-eclipse-astronomy-club";
  static final String REOPENING_ZH = "zh-planetarium-reopens-in-linxi";
  static final String REOPENING_EN = "en-observatory-reopens-in-saltmarsh-bay";

  /** One eclipse, a Chinese observatory's researcher quoted on one side, a club's chair on the other. */
  @Nested
  class EachSideQuotesItsOwnExpert {
    final StoryClustererTest.Desk desk =
        new StoryClustererTest.Desk().place(FOLDER, ECLIPSE_ZH, ECLIPSE_EN);

    @Test
    void theChineseAndEnglishReportsLandInOneStory() {
      assertThat(desk.story(ECLIPSE_EN)).isEqualTo(desk.story(ECLIPSE_ZH));
    }

    @Test
    void thePairIsJudgedOneStory() {
      assertThat(judge(ECLIPSE_ZH, ECLIPSE_EN).sameStory()).isTrue();
    }
  }

  /** Two towns reopen their star-gazing halls in the same week; each report leads with its town. */
  @Nested
  class LookAlikesLeadingWithTheirOwnPlaces {
    final StoryClustererTest.Desk desk =
        new StoryClustererTest.Desk()
            .place(FOLDER, REOPENING_ZH, REOPENING_EN, ECLIPSE_ZH, ECLIPSE_EN);

    @ParameterizedTest
    @CsvSource({
      REOPENING_ZH + ", " + REOPENING_EN,
      REOPENING_ZH + ", " + ECLIPSE_EN,
      ECLIPSE_ZH + ", " + REOPENING_EN
    })
    void areTwoStories(String zh, String en) {
      assertThat(desk.story(zh)).isNotEqualTo(desk.story(en));
    }

    @Test
    void theTwoReopeningsAreJudgedTwoStories() {
      assertThat(judge(REOPENING_ZH, REOPENING_EN).sameStory()).isFalse();
    }

    @Test
    void theEclipseStillLandsInOneStory() {
      assertThat(desk.story(ECLIPSE_EN)).isEqualTo(desk.story(ECLIPSE_ZH));
    }
  }

  private static StoryClusterer.PairJudgement judge(String zh, String en) {
    return new StoryClusterer(id -> null)
        .judge(FixtureArticles.load(FOLDER, zh), FixtureArticles.load(FOLDER, en));
  }
}
