package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names test set is big enough to measure issue #4's target on. */
class NamesTestSetTest {
  @Test
  void theSetHasAtLeastAHundredSentences() {
    assertThat(NamesTestSet.cases()).hasSizeGreaterThanOrEqualTo(100);
  }
}
