package dev.newsbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
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

  @Nested
  class WhetherATextIsTraditional {
    @Test
    void aTaipeiPapersTextIs() {
      assertThat(ChineseScripts.isTraditional(List.of("臺北市長陳曉明今天表示，市府將擴大補助。")))
          .isTrue();
    }

    @Test
    void aMainlandPapersTextIsNot() {
      assertThat(ChineseScripts.isTraditional(List.of("台北市长陈晓明今天表示，市府将扩大补助。")))
          .isFalse();
    }

    @Test
    void aFewCharactersSimplifiedTextAlsoUsesDoNotMakeItTraditional() {
      // 於 and 乾 appear in Simplified text too (a surname, 乾隆).
      assertThat(ChineseScripts.isTraditional(List.of("清代乾隆年间，於姓商人在此经营茶叶生意，"
          + "后来家族迁往上海，在那里开设了多家商铺，生意越做越大，成为当地有名的商人。")))
          .isFalse();
    }

    @Test
    void textWithoutChineseIsNot() {
      assertThat(ChineseScripts.isTraditional(List.of("", "OpenAI"))).isFalse();
    }
  }
}
