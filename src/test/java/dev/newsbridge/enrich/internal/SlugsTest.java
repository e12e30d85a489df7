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

  /**
   * An English report's "meteor showers" and a translated report's "meteor shower" are one topic,
   * so a topic's slug takes its last word in the singular.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "meteor showers|meteor-shower",
    "chief executives|chief-executive",
    "property companies|property-company",
    "tax classes|tax-class",
    "church benches|church-bench",
    "tariff boxes|tariff-box",
    "meteor shower|meteor-shower",
    "business news|business-news",
    "TV series|tv-series",
    "bird species|bird-species",
    "crisis|crisis",
    "virus|virus",
    "economics|economics",
    "glass|glass",
    "Geminids|geminids",
    "gas|gas",
    "among themselves|among-themselves",
  })
  void ofATopicTakeItsLastWordInTheSingular(String topic, String slug) {
    assertThat(Slugs.ofTopic(topic)).isEqualTo(slug);
  }
}
