package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CedictTest {
  private static final SenseChooser SENSES = new SenseChooser(Cedict.shared());

  @Test
  void loadsOverOneHundredThousandReadingsQuickly() {
    long start = System.nanoTime();
    Cedict cedict = Cedict.load();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(cedict.contains("人工智能")).isTrue();
    // The target is under a second; the bound is loose for a busy shared machine.
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void ordersReadingsSoTheCommonOneComesFirst() {
    assertThat(Cedict.shared().lookup("说").get(0).pinyin()).isEqualTo("shuo1");
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "加入, VERB, join", "苹果, NOUN, apple", "苹果, PROPER, Apple", "美元, NOUN, American dollar",
    "说, VERB, speak",
  })
  void choosesAShortSenseByPartOfSpeech(String word, WordClass wc, String gloss) {
    assertThat(SENSES.gloss(word, wc)).isEqualTo(gloss);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "(bound form) up; upper; above|up",
    "to become a member; to join|join",
    "media, esp. news media|media",
    "classifier for books|",
    "(completed action marker)|",
  })
  void cleansSensesIntoGlosses(String sense, String gloss) {
    assertThat(SenseChooser.clean(sense)).isEqualTo(gloss);
  }
}
