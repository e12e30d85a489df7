package dev.newsbridge.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void keepsShortTextWhole() {
    assertThat(Texts.shorten("  Sam Altman returns.  ", 40)).isEqualTo("Sam Altman returns.");
  }

  @Test
  void cutsEnglishAtTheLastSpaceBeforeTheLimit() {
    assertThat(Texts.shorten("The board removed Sam Altman on Friday", 24))
        .isEqualTo("The board removed Sam…");
  }

  @Test
  void cutsChineseWhereTheLimitFallsWithoutSplittingSurrogatePairs() {
    String text = "董事会𠀀罢免奥特曼";

    assertThat(Texts.shorten(text, 4)).isEqualTo("董事会𠀀…");
  }
}
