package dev.newsbridge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tags are stored canonically, since a source's region decides how names are spelled. */
class LanguageTagsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "zh, zh", "zh-tw, zh-TW", "ZH-hant, zh-Hant", "zh-Hant-TW, zh-Hant-TW", "EN-gb, en-GB"
  })
  void writesAWellFormedTagInCanonicalCase(String given, String canonical) {
    assertThat(LanguageTags.canonical(given)).contains(canonical);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"zh_TW", "", "und", "Chinese", "zh TW", "zh-"})
  void refusesWhatIsNoTagNamingALanguage(String given) {
    assertThat(LanguageTags.canonical(given)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"zh_TW, zh-TW", "zh_hant_tw, zh-Hant-TW"})
  void readsAJavaLocaleNameAsTheTagItMeans(String given, String meant) {
    assertThat(LanguageTags.fromLocaleName(given)).contains(meant);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"zh-TW", "Chinese_Taiwan", "_"})
  void readsNoOtherTextAsALocaleName(String given) {
    assertThat(LanguageTags.fromLocaleName(given)).isEmpty();
  }
}
