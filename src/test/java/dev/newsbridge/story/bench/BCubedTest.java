package dev.newsbridge.story.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** B-cubed as defined by Bagga and Baldwin, on examples small enough to work out by hand. */
class BCubedTest {
  @Test
  void aPerfectClusteringScoresOne() {
    BCubed b = BCubed.of(List.of(1, 1, 2), List.of("x", "x", "y"));
    assertThat(b.f1()).isEqualTo(1.0);
    assertThat(b.clusters()).isEqualTo(2);
  }

  @Test
  void everythingInOneClusterHasFullRecallAndLowPrecision() {
    // Truth {a,a,b}: item precision 2/3, 2/3, 1/3 → 5/9; recall 1.
    BCubed b = BCubed.of(List.of(0, 0, 0), List.of("a", "a", "b"));
    assertThat(b.precision()).isCloseTo(5.0 / 9, within(1e-9));
    assertThat(b.recall()).isEqualTo(1.0);
  }

  @Test
  void everyItemAloneHasFullPrecisionAndLowRecall() {
    // Truth {a,a,b}: item recall 1/2, 1/2, 1 → 2/3.
    BCubed b = BCubed.of(List.of(1, 2, 3), List.of("a", "a", "b"));
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(b.f1()).isCloseTo(0.8, within(1e-9));
  }
}
