package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void isSpaceAgreesWithTheJdksWhitespaceAndSpaceSeparatorsOnEveryCodePoint() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B;
      if (Texts.isSpace(c) != jdk) {
        disagreements.add(String.format("U+%04X", c));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void isCjkAgreesWithTheJdksScriptsOnEveryCodePoint() {
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean jdk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
      if (Texts.isCjk(c) != jdk) {
        disagreements.add(String.format("U+%04X", c));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void normalizeCollapsesEveryKindOfSpaceAndTrims() {
    assertThat(Texts.normalize("\u3000 记者\u00A0\u00A0王小明 \n")).isEqualTo("记者 王小明");
  }
}
