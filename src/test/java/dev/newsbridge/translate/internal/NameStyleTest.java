package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameStyleTest {
  private static final List<String> TRADITIONAL = List.of("臺北市長陳曉明今天表示，市府將擴大補助。");
  private static final List<String> SIMPLIFIED = List.of("台北市长陈晓明今天表示，市府将扩大补助。");

  @Nested
  class AnOutletsRegionDecides {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"zh-TW, TAIWAN", "zh-Hant-TW, TAIWAN", "zh-CN, PINYIN", "zh-SG, PINYIN",
        "zh-HK, PINYIN", "zh-MO, PINYIN"})
    void whicheverScriptTheTextIsIn(String tag, NameStyle style) {
      assertThat(NameStyle.of(tag, TRADITIONAL)).isEqualTo(style);
      assertThat(NameStyle.of(tag, SIMPLIFIED)).isEqualTo(style);
    }

    @Test
    void andATraditionalScriptTagMeansTaiwan() {
      assertThat(NameStyle.of("zh-Hant", SIMPLIFIED)).isEqualTo(NameStyle.TAIWAN);
      assertThat(NameStyle.of("zh-Hans", TRADITIONAL)).isEqualTo(NameStyle.PINYIN);
    }
  }

  @Nested
  class WithoutARegionTheScriptDecides {
    @Test
    void traditionalCharactersAreTaiwanStyle() {
      assertThat(NameStyle.of("zh", TRADITIONAL)).isEqualTo(NameStyle.TAIWAN);
      assertThat(NameStyle.of(null, TRADITIONAL)).isEqualTo(NameStyle.TAIWAN);
    }

    @Test
    void simplifiedCharactersArePinyin() {
      assertThat(NameStyle.of("zh", SIMPLIFIED)).isEqualTo(NameStyle.PINYIN);
    }

    @Test
    void textWithoutChineseIsPinyin() {
      assertThat(NameStyle.of("zh", List.of("", "OpenAI"))).isEqualTo(NameStyle.PINYIN);
    }
  }
}
