package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What two English headlines, one of them a translation's, both say the news is about. */
class HeadlinePhrasesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a glossary term rendered whole in the translation, as the English outlet writes it
        "Orionid meteor shower will at around the 21st see peak, experts said"
            + " | Orionid meteor showers peak on Saturday night | true",
        "This Saturday evening will screen the total lunar eclipse"
            + " | Blood moon rises as Saturday's total lunar eclipse begins | true",
        // one word in common is no subject: "old street" and "old ferry" say different things
        "Old street night market cooking smells band city consume"
            + " | Old ferry terminal clock keeps time again | false",
        // nor are two: a translation runs words together as they come ("media company")
        "Media company withdraws its shareholder | Influencer founds a media company | false",
        // the same words apart are no phrase
        "Night market opens in the old town | Town opens a night school | false",
        // numbers are left out: "lasts 80 minutes" is said of many things
        "Eclipse totality lasts 80 minutes tonight | Ferry queue lasts 80 minutes | false"
      })
  void twoHeadlinesNameOneSubjectWhenTheyShareThreeWordsInARow(
      String a, String b, boolean shared) {
    int[] x = HeadlinePhrases.of(a);
    int[] y = HeadlinePhrases.of(b);
    assertThat(Arrays.stream(x).anyMatch(p -> Arrays.binarySearch(y, p) >= 0)).isEqualTo(shared);
  }
}
