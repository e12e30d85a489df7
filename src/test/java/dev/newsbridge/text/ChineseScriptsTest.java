package dev.newsbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Simplified view of Traditional text, character for character. */
class ChineseScriptsTest {
  @Test
  void traditionalCharactersBecomeSimplifiedAtTheSameIndexes() {
    String taiwan = "中央社記者王小明台北29日電，來源：聯合報";
    String view = ChineseScripts.simplified(taiwan);

    assertThat(view).isEqualTo("中央社记者王小明台北29日电，来源：联合报");
    assertThat(view).hasSameSizeAs(taiwan);
  }

  @Test
  void simplifiedAndLatinTextIsReturnedAsItIs() {
    String mainland = "澎湃新闻记者 胡含嫣 2023-11-20 09:15 OpenAI";

    assertThat(ChineseScripts.simplified(mainland)).isSameAs(mainland);
  }

  @Test
  void oneCharacterAtATime() {
    assertThat(ChineseScripts.simplified('臺')).isEqualTo('台');
    assertThat(ChineseScripts.simplified('台')).isEqualTo('台');
    assertThat(ChineseScripts.simplified('a')).isEqualTo('a');
  }
}
