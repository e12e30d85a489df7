package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names an English original gives, standing in for a translation's entity list. */
class EnglishNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The quake struck Yangbi county in Yunnan on Friday. | yangbi, yunnan",
        "Smartphone maker Xiaomi priced it, chairman Lei Jun said. | xiaomi, lei jun, lei, jun",
        "Chile's disaster agency lifted the warning. | ''",
        "It fell in March, said the US Geological Survey. | us geological survey, us, geological, survey"
      })
  void capitalisedRunsInsideSentencesAreNames(String text, String expected) {
    List<String> names = expected.isBlank() ? List.of() : List.of(expected.split(",\\s*"));
    assertThat(EnglishNames.of(text)).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void aPossessiveIsTheName() {
    assertThat(EnglishNames.of("The board backed Tencent's plan.")).containsExactly("tencent");
  }
}
