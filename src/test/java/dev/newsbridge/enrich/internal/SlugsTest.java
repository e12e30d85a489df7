package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Sam Altman|sam-altman",
    "AI safety|ai-safety",
    "Adam D'Angelo|adam-dangelo",
    "Luiz Inácio Lula da Silva|luiz-inacio-lula-da-silva",
    "JD.com|jd-com",
    "  board  of   directors |board-of-directors",
    "特摄|teshe",
    "!!!|tag",
  })
  void areLowercaseAsciiWordsJoinedByHyphens(String name, String slug) {
    assertThat(Slugs.of(name)).isEqualTo(slug);
  }
}
