package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Taiwan's Wade-Giles, as its passports and English press write names: no apostrophes. */
class WadeGilesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // initials: zh/j/q → ch, x → hs, r → j, z/c → ts, unaspirated b/d/g → p/t/k
    "qing, ching", "xiao, hsiao", "zhang, chang", "jia, chia", "ren, jen", "cai, tsai",
    "zeng, tseng", "bing, ping", "de, te", "gao, kao", "ming, ming", "lin, lin",
    // syllables of their own
    "zhi, chih", "chi, chih", "shi, shih", "ri, jih", "zi, tzu", "ci, tzu", "si, szu",
    "er, erh",
    // finals
    "zhong, chung", "rong, jung", "xiong, hsiung", "jian, chien", "yan, yen", "xie, hsieh",
    "ye, yeh", "you, yu", "yong, yung",
    // e and uo after k, g and h, and elsewhere
    "ge, ko", "ke, ko", "he, ho", "zhe, che", "guo, kuo", "huo, huo", "shuo, shuo",
    "luo, lo", "zhuo, cho", "zuo, tso", "ruo, jo",
    // ui after k and g
    "gui, kuei", "kui, kuei", "hui, hui", "dui, tui", "rui, jui",
    // ü after j, q, x, l, n and y, however written
    "xu, hsu", "ju, chu", "quan, chuan", "jue, chueh", "xun, hsun", "lv, lu", "lü, lu",
    "lve, lueh", "yue, yueh", "yu, yu", "yuan, yuan",
  })
  void writesPinyinSyllablesAsTaiwanDoes(String pinyin, String wadeGiles) {
    assertThat(WadeGiles.syllable(pinyin)).isEqualTo(wadeGiles);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a", "ai", "ou", "eng", "x"})
  void leavesWhatHasNoInitialOrIsNoSyllableAsItIs(String text) {
    assertThat(WadeGiles.syllable(text)).isEqualTo(text);
  }
}
