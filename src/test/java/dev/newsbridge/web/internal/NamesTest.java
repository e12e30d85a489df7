package dev.newsbridge.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Entity.Type;
import dev.newsbridge.translate.Translation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  private static final Translation TRANSLATION =
      new Translation(
          "offline-gloss",
          "Translated from Chinese by the offline gloss engine",
          "t",
          List.of(),
          List.of(
              new Entity("胡含嫣", "Hu Hanyan", Type.PERSON),
              new Entity("李明", "Li Ming", Type.PERSON),
              new Entity("澎湃新闻", "The Paper", Type.ORGANIZATION),
              new Entity("OpenAI", "OpenAI", Type.ORGANIZATION)));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "胡含嫣,         Hu Hanyan",
        "' 胡含嫣 ',     Hu Hanyan",
        "澎湃新闻,       The Paper",
        "'胡含嫣 李明',  'Hu Hanyan, Li Ming'",
        "'胡含嫣、王五', 'Hu Hanyan, 王五'",
        "王五,           null",
        "OpenAI,         null",
        "'',             null",
      })
  void givesTheTranslationsSpellingOfANameOrNothing(String original, String english) {
    assertThat(Names.english(original, TRANSLATION)).isEqualTo(english);
  }

  @Test
  void knowsNoEnglishNameWithoutATranslation() {
    assertThat(Names.english("胡含嫣", null)).isNull();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"zh, Chinese", "ja, Japanese", "en, English", "und, an unknown language"})
  void namesLanguagesInEnglish(String code, String name) {
    assertThat(Names.languageName(code)).isEqualTo(name);
  }
}
