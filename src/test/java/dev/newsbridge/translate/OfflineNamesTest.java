package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #4's names target for the offline engine, measured on the project's names test set. */
class OfflineNamesTest {
  private static final OfflineGlossTranslator TRANSLATOR = new OfflineGlossTranslator();

  @Test
  void theSetHasAtLeastAHundredSentences() {
    assertThat(NamesTestSet.cases()).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void atLeastNinetyEightPercentOfSentencesCarryExactlyTheirNames() throws Exception {
    List<NamesTestSet.Case> cases = NamesTestSet.cases();
    List<String> problems = new ArrayList<>();
    for (NamesTestSet.Case c : cases) {
      String problem = c.problem(TRANSLATOR.translate(c.request()));
      if (problem != null) {
        problems.add(c.sentence() + " -> " + problem);
      }
    }
    double share = 1 - (double) problems.size() / cases.size();

    assertThat(share).as("names right; failures:%n%s", String.join("\n", problems))
        .isGreaterThanOrEqualTo(NamesTestSet.REQUIRED_SHARE);
  }
}
