package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseNamesTest {
  private static final JapaneseNames JAPANESE = JapaneseNames.bundled();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // given name first, Hepburn without macrons or apostrophes
    "铃木俊一, Shunichi Suzuki",
    "松野博一, Hirokazu Matsuno",
    "小泉纯一郎, Junichiro Koizumi",
    // one character on either side, three on either side
    "林芳正, Yoshimasa Hayashi",
    "石破茂, Shigeru Ishiba",
    "佐佐木浩, Hiroshi Sasaki",
    "长谷川由纪夫, Yukio Hasegawa",
  })
  void readsAListedFamilyAndGivenName(String name, String english) {
    assertThat(JAPANESE.english(name)).isEqualTo(english);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a given name the table lacks (英敬 has no one dominant reading listed)
    "铃木英敬",
    // a Chinese name: 王 is no listed family name
    "王小明",
    // a family name alone
    "铃木",
  })
  void readsNoNameWithAPartTheTablesLack(String name) {
    assertThat(JAPANESE.english(name)).isNull();
  }
}
