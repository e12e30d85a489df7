package dev.newsbridge.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "入冬以来，南方一座小城开始试点夜间公交线路，每晚十点至次日凌晨一点发车。|zh",
        "記者從有關部門獲悉，今年以來各地新建和改造提升了一批高標準農田。|zh",
        "OpenAI发布了新版ChatGPT，微软和谷歌也相继推出了类似的人工智能产品。|zh",
        "東京都は今年の冬、夜間バスの試験運行を始めると発表しました。|ja",
        "서울시는 올겨울 심야 버스 시범 운행을 시작한다고 발표했다.|ko",
        "The city council voted on Monday to approve a plan that will turn the rail yard into a park.|en",
        "Le conseil municipal a approuvé lundi le projet de parc sur les anciennes voies ferrées.|fr",
        "Der Stadtrat hat am Montag den Plan für einen Park auf dem alten Bahngelände beschlossen.|de",
        "El ayuntamiento aprobó el lunes el plan para convertir las antiguas vías en un parque.|es",
        "Городской совет в понедельник одобрил план строительства парка у реки.|ru"
      })
  void tellsLanguagesApartByScriptAndFunctionWords(String text, String code) {
    Language language = detector.detect(text);

    assertThat(language.code()).isEqualTo(code);
    assertThat(language.confidence()).isBetween(0.3, 1.0);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "OK", "2023-11-20 09:15", "新闻", "!!! ??? ..."})
  void tooLittleTextIsUnknown(String text) {
    assertThat(detector.detect(text)).isEqualTo(Language.UNKNOWN);
  }

  @Test
  void chineseWithAFewEnglishWordsIsMoreConfidentlyChineseThanMixedText() {
    Language mostlyChinese = detector.detect("微软公司今天发布了新的操作系统更新，修复了多个安全漏洞。Windows");
    Language mixed = detector.detect("微软公司今天发布了更新。Microsoft released a new update for Windows today.");

    assertThat(mostlyChinese.code()).isEqualTo("zh");
    assertThat(mostlyChinese.confidence()).isGreaterThan(mixed.confidence());
  }

  @Test
  void isSafeToShareBetweenThreads() {
    var results =
        IntStream.range(0, 16)
            .mapToObj(i -> CompletableFuture.supplyAsync(
                () -> detector.detect(i % 2 == 0 ? "这是一段用来测试的中文文字，内容足够长。" : "This is a piece of English text that is long enough.")))
            .toList();

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).join().code()).isEqualTo(i % 2 == 0 ? "zh" : "en");
    }
  }
}
