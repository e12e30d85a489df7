package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicFinderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "time, -", "amount, -", "company, -", "person in charge, -", "center, -",
        "meteor shower, meteor shower", "container, container", "night market, night market",
        "the harbour, -", "harbour of, -",
      })
  void keepsOnlyGlossesSpecificEnoughToGatherOneSubject(String gloss, String kept) {
    assertThat(TopicFinder.cleanGloss(gloss)).isEqualTo(kept);
  }
}
