package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading Chinese transliterations of Western names back into Latin letters. The names here are
 * well known and deliberately not those of the translation benchmark; the name lists know many of
 * them, but this reading is what a name gets when no list does.
 */
class TransliterationTest {
  @Nested
  class FragmentsAndPlacesGiveTheUsualSpelling {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "汤普森, Thompson", // 汤普 thomp, final 森 son
      "威尔逊, Wilson", // 尔 before a consonant is l
      "史密斯, Smith",
      "约翰斯顿, Johnston", // 约翰 john, final 顿 ton
      "麦克唐纳, McDonald", // 麦克 at the start Mc, final 唐纳 donald
      "麦克马斯特, McMaster", // final 斯特 ster
      "布朗, Brown",
      "斯坦福, Stanford", // 斯坦 opening is Stan, final 福 ford
      "格林伯格, Greenberg",
      "格林伍德, Greenwood",
      "伍德沃德, Woodward",
      "阿什利, Ashley", // 利 after a bare consonant is ley
      "韦斯利, Wesley",
      "福斯特, Foster",
      "海因里希, Heinrich", // German 海因 hein, final 里希 rich
      "施泰因迈尔, Steinmeier",
      "克里斯蒂安, Christian",
      "奥尔森, Olson",
      "鲁宾斯坦, Rubinstein", // 斯坦 closing a name is stein
      "斯坦, Stan", // alone it is the given name
      "杰克, Jack",
      "麦克, Mike", // 麦克 alone, not the Mc of 麦克唐纳
    })
    void exactly(String chinese, String latin) {
      assertThat(Transliteration.part(chinese)).isEqualTo(latin);
    }
  }

  /**
   * Where Chinese writes two English sounds alike (拉 la and ra, 尔 l and r, 森 son and sen) or
   * drops one (the r of Walter, the double letters of Harrison), the reading is a close guess.
   */
  @Nested
  class LossyConventionsGiveAReadableApproximation {
    @ParameterizedTest(name = "{0} -> {1} (for {2})")
    @CsvSource({
      "克里斯托弗, Christofer, Christopher",
      "哈里森, Harison, Harrison",
      "伯恩斯坦, Burnstein, Bernstein",
      "爱泼斯坦, Aipostein, Epstein",
      "布拉德利, Bladley, Bradley",
      "斯坦利, Stanli, Stanley",
      "卡尔森, Kalson, Carlson",
      "尼尔森, Nilson, Nelson",
      "沃尔特, Wort, Walter",
      "希尔顿, Hirton, Hilton", // 尔 before a consonant is l in English, r in German (Kurt)
      "阿尔伯特, Arbert, Albert",
      "米切尔, Michell, Mitchell",
      "坎贝尔, Kanbell, Campbell",
      "鲍威尔, Bauwell, Powell",
      "埃里克森, Erikson, Erickson",
      "巴特勒, Batler, Butler",
      "查尔斯, Chales, Charles",
      "格雷戈里, Gregori, Gregory",
    })
    void closely(String chinese, String reading, String english) {
      assertThat(Transliteration.part(chinese)).isEqualTo(reading);
    }
  }

  @Nested
  class UnknownCharacters {
    @Test
    void giveNullSoTheCallerFallsBackToPinyin() {
      assertThat(Transliteration.part("王小明")).isNull();
      assertThat(Transliteration.covers("王小明")).isFalse();
    }

    @Test
    void giveNullEvenWhenTheRestIsKnown() {
      // 华盛顿 is an old irregular form, not the convention's; CC-CEDICT knows it as Washington
      assertThat(Transliteration.part("华盛顿")).isNull();
      assertThat(Transliteration.covers("华盛顿")).isFalse();
    }

    @Test
    void anEmptyPartHasNoReading() {
      assertThat(Transliteration.part("")).isNull();
      assertThat(Transliteration.covers("")).isFalse();
    }

    @Test
    void aCoveredPartAlwaysHasAReading() {
      assertThat(Transliteration.covers("格林伯格")).isTrue();
      assertThat(Transliteration.part("格林伯格")).isNotNull();
    }
  }
}
