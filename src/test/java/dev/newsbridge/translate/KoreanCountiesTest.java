package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korean counties (郡, gun) in sentences written for this test: in an article about Korea an
 * unknown X郡 is the Korean reading of X and "County", written as the Korea it lies in writes
 * its places; elsewhere 郡 is left as it is.
 */
class KoreanCountiesTest {
  @Nested
  class InAKoreanArticle {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // the North writes its places as McCune-Reischauer without diacritics, one word
      "朝鲜军队在江原道金刚郡一带进行了演习。|Kumgang County",
      "朝鲜在龙渊郡附近发射火箭炮。|Ryongyon County",
      "据韩国军方消息，朝鲜从黄海北道谷山郡一带发射导弹。|Koksan County",
      // the South by the Revised Romanization, with the initial-sound rule (룡 is 용)
      "韩国总统前往大邱达城郡视察。|Dalseong County",
      "韩国政府在龙渊郡设立了新的观测站。|Yongyeon County",
    })
    void anUnknownCountyIsReadInKorean(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english).doesNotContain("canton");
    }
  }

  @Nested
  class OutsideKorea {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "当地时间周一，县政府在金刚郡召开会议。|Kumgang",
      "古代中国的郡县制度影响深远。|County",
    })
    void 郡IsLeftAsItIs(String chinese, String absent) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContain(absent);
    }
  }
}
