package dev.newsbridge.translate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BleuTest {
  @Test
  void identicalTextScoresAHundred() {
    String s = "The board met on Monday in Beijing.";
    assertThat(Bleu.corpus(List.of(s), List.of(s))).isCloseTo(100, within(1e-9));
  }

  /** Every n-gram matches; 6 words against 7 give the brevity penalty exp(1 - 7/6). */
  @Test
  void aShortHypothesisPaysTheBrevityPenalty() {
    double bleu = Bleu.corpus(List.of("the cat sat on the mat"),
        List.of("the cat sat on the mat today"));
    assertThat(bleu).isCloseTo(100 * Math.exp(1 - 7.0 / 6), within(1e-9));
  }

  /**
   * "a b c x d" against "a b c d e": precisions 4/5, 2/4, 1/3 and no 4-gram match, which the
   * "exp" smoothing counts as 1 / (2 * 2); BLEU is their geometric mean.
   */
  @Test
  void aMissingOrderIsSmoothedTheWaySacrebleuDoes() {
    double bleu = Bleu.corpus(List.of("a b c x d"), List.of("a b c d e"));
    double expected = Math.pow(0.8 * 0.5 * (1.0 / 3) * 0.25, 0.25) * 100;
    assertThat(bleu).isCloseTo(expected, within(1e-9));
  }

  @Test
  void aHypothesisTooShortForFourGramsScoresZero() {
    assertThat(Bleu.corpus(List.of("a b c"), List.of("a b c"))).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Hello, world.|Hello , world .",
    "$3.5 million|$ 3.5 million",
    "1990-2000|1990 - 2000",
    "\"Yes,\" she said.|\" Yes , \" she said .",
    "It's 5,000 people|It's 5,000 people",
    "&quot;quoted&quot;|\" quoted \""
  })
  void tokenisesLikeMteval13a(String line, String tokens) {
    assertThat(String.join(" ", Bleu.tokenize13a(line))).isEqualTo(tokens);
  }
}
