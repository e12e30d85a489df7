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
  void knowsACityListedOnlyWithIts市ByItsShortName() {
    // 三亚市 "Sanya, prefecture-level city ..." is CC-CEDICT's headword; news writes 三亚.
    assertThat(Cedict.shared().lookup("三亚")).singleElement().satisfies(r -> {
      assertThat(r.proper()).isTrue();
      assertThat(r.pinyin()).isEqualTo("San1 ya4");
    });
    assertThat(SENSES.gloss("三亚", WordClass.PROPER)).isEqualTo("Sanya");
  }

  @Test
  void leavesAShortNameThatIsAWordOfItsOwnAlone() {
    // 南部 "southern part" is a headword; 南部县 (a county) lends it nothing.
    assertThat(Cedict.shared().lookup("南部")).noneMatch(Cedict.Reading::proper);
  }

  @Test
  void ordersReadingsSoTheCommonOneComesFirst() {
    assertThat(Cedict.shared().lookup("说").get(0).pinyin()).isEqualTo("shuo1");
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "加入, VERB, join", "苹果, NOUN, apple", "苹果, PROPER, Apple", "美元, NOUN, American dollar",
    "说, VERB, speak",
    // a noun of the tagger's with verb senses only: its passive, a participle that modifies
    "受访, NOUN, interviewed",
  })
  void choosesAShortSenseByPartOfSpeech(String word, WordClass wc, String gloss) {
    assertThat(SENSES.gloss(word, wc)).isEqualTo(gloss);
  }

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    // of two words joined by "or" the first is enough (was "send or deliver to the hospital")
    "送医, VERB, send to the hospital", "贤, NOUN, worthy person", "上车, VERB, get on",
    "爆, VERB, explode", "王, NOUN, king",
    // but not a number's "or more", a name's other name, nor a pair that is the meaning
    "楼房, NOUN, building of two or more stories", "生死, NOUN, life or death",
    "能否, VERB, whether or not", "黄河, PROPER, Yellow River",
    "决胜负, VERB, determine success or failure",
  })
  void namesEachThingOnce(String word, WordClass wc, String gloss) {
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
