package dev.newsbridge.translate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChrFTest {
  @Test
  void identicalTextScoresAHundred() {
    assertThat(ChrF.corpus(List.of("The board met."), List.of("The board met.")))
        .isCloseTo(100, within(1e-9));
  }

  @Test
  void textWithNoCharacterInCommonScoresZero() {
    assertThat(ChrF.corpus(List.of("ab"), List.of("cd"))).isZero();
  }

  @Test
  void whitespaceIsIgnored() {
    assertThat(ChrF.corpus(List.of("a b"), List.of("ab"))).isCloseTo(100, within(1e-9));
  }

  /**
   * "ab" against "abc": unigrams P 2/2 R 2/3, bigrams P 1/1 R 1/2, no trigram in the hypothesis,
   * so two effective orders: mean P 1, mean R 7/12, F2 = 5PR / (4P + R) = 35/55.
   */
  @Test
  void averagesPrecisionAndRecallOverTheOrdersPresentThenTakesFBeta() {
    assertThat(ChrF.corpus(List.of("ab"), List.of("abc"))).isCloseTo(100.0 * 35 / 55, within(1e-9));
  }

  /** Statistics are summed over sentences before scoring, as sacreBLEU's corpus score does. */
  @Test
  void scoresTheCorpusFromSummedStatisticsNotFromAMeanOfSentenceScores() {
    double corpus = ChrF.corpus(List.of("ab", "ab"), List.of("abc", "ab"));
    // unigrams P 4/4 R 4/5, bigrams P 2/2 R 2/3 -> P 1, R 11/15, F2 = 5R / (4 + R)
    double r = (4.0 / 5 + 2.0 / 3) / 2;
    assertThat(corpus).isCloseTo(100 * 5 * r / (4 + r), within(1e-9));
  }

  @Test
  void refusesMisalignedInput() {
    assertThatThrownBy(() -> ChrF.corpus(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
