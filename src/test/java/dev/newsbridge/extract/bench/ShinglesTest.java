package dev.newsbridge.extract.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShinglesTest {
  @Test
  void wordTokensAreUnicodeWordRunsSoAChineseClauseIsOneToken() {
    assertThat(Shingles.WORDS.tokens("入冬以来，南方小城试点夜间公交。OpenAI 2023"))
        .containsExactly("入冬以来", "南方小城试点夜间公交", "OpenAI", "2023");
  }

  @Test
  void cjkCharacterTokensSplitChineseButKeepLatinAndDigitRuns() {
    assertThat(Shingles.CJK_CHARACTERS.tokens("夜间公交OpenAI发布2023年"))
        .containsExactly("夜", "间", "公", "交", "OpenAI", "发", "布", "2023", "年");
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a b c d e f|a b c d e f|3|0|0|1.0|1.0",
        "a b c d e f|a b c d|1|0|2|1.0|0.333",
        "a b c d|a b c d x y|1|2|0|0.333|1.0",
        "a b c d|''|0|0|1|0.0|0.0",
        "''|''|0|0|0|1.0|1.0",
        "a b|a b|1|0|0|1.0|1.0"
      })
  void countsFourWordShinglesAsMultisets(
      String truth, String predicted, long tp, long fp, long fn, double precision, double recall) {
    Shingles.Overlap overlap = Shingles.WORDS.overlap(truth, predicted);

    assertThat(overlap).isEqualTo(new Shingles.Overlap(tp, fp, fn));
    assertThat(overlap.precision()).isCloseTo(precision, within(0.001));
    assertThat(overlap.recall()).isCloseTo(recall, within(0.001));
  }

  @Test
  void f1IsTheHarmonicMeanOfMeanPrecisionAndMeanRecall() {
    BodyScore score = new BodyScore();
    score.add(new Shingles.Overlap(1, 0, 1), false);
    score.add(new Shingles.Overlap(3, 0, 0), true);

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.75);
    assertThat(score.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
    assertThat(score.accuracy()).isEqualTo(0.5);
  }
}
