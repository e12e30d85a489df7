package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terms stories are compared by. */
class TokensTest {
  @Test
  void chineseTextIsCutIntoHanBigramsAndLowerCaseLatinWords() {
    assertThat(Tokens.chinese("小米发布SU7汽车")).containsExactly("小米", "米发", "发布", "su7", "汽车");
  }

  @Test
  void aLoneHanCharacterBetweenOtherScriptsIsItsOwnTerm() {
    assertThat(Tokens.chinese("A股涨")).containsExactly("a", "股涨");
    assertThat(Tokens.chinese("SU7 车 发布")).containsExactly("su7", "车", "发布");
  }

  @Test
  void fullWidthLettersAndDigitsMatchAscii() {
    assertThat(Tokens.chinese("ＳＵ７售价２１万")).isEqualTo(Tokens.chinese("SU7售价21万"));
  }

  @Test
  void traditionalCharactersGiveTheSameTermsAsSimplified() {
    assertThat(Tokens.chinese("小米發佈首款電動車，雷軍宣布起售價為21.59萬元"))
        .isEqualTo(Tokens.chinese("小米发布首款电动车，雷军宣布起售价为21.59万元"));
  }

  @Test
  void simplifiedTextIsOnlyNormalised() {
    String mainland = "国务院成立河南安阳特别重大火灾事故调查组，著名专家参加";
    assertThat(Tokens.normaliseChinese(mainland)).isEqualTo(Tokens.normalise(mainland));
  }

  @Test
  void englishWordsLoseStopWordsAndAPluralS() {
    assertThat(Tokens.english("The boards of BYD and Tencent met"))
        .containsExactly("board", "byd", "tencent", "met");
  }

  @Test
  void aPossessiveOrContractionIsNoWordOfItsOwn() {
    // "terminal's" gave the word "s", which every English report shares
    assertThat(Tokens.english("The terminal's clock didn't stop; Mr Pike's shop’s door"))
        .containsExactly("terminal", "clock", "didn", "stop", "pike", "shop", "door");
  }
}
