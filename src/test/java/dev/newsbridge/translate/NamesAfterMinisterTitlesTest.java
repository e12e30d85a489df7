package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person named right after a minister title in 相 (日本财务相铃木俊一, 国防相强纯男), in sentences
 * written for this test: the name is found whole, as after 部长, and read as the text says the
 * person is: Japanese where 日本 stands before the title (CC-CEDICT's reading if it glosses the
 * person, else the project's tables of Japanese names, else the pinyin of the whole name, never
 * glosses of its characters), North Korean where
 * 朝鲜 does or the article cites 朝中社, else Chinese.
 */
class NamesAfterMinisterTitlesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    // Japanese, not in CC-CEDICT: read from the project's tables, not "bell tree smart one"
    "日本财务相铃木俊一周二表示将密切关注汇市。|Shunichi Suzuki|bell",
    "日本外相林芳正会见了来访的代表团。|Yoshimasa Hayashi|woods",
    // a given name the tables lack (英敬): the whole name in pinyin, never glosses of it
    "日本财务相铃木英敬周二表示将密切关注汇市。|Lingmu Yingjing|bell",
    // Japanese, glossed by CC-CEDICT: found whole although 一日 is a word ("bank Tian Jingyi")
    "日本防卫相滨田靖一日前视察了冲绳的基地。|Yasukazu Hamada|Tian Jingyi",
    // North Korean: 朝中社 is the North's news agency
    "朝中社报道，国防相强纯男在会上发表讲话。|Kang Sun Nam|Qiang",
    "朝鲜国防相强纯男周五发表谈话。|Kang Sun Nam|Qiang",
  })
  void theNameAfterTheTitleIsFoundWholeAndReadByItsCountry(String chinese, String name,
      String not) throws TranslationException {
    assertThat(paragraph(chinese)).contains(name).doesNotContain(not);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    // no country named: a Chinese reading of the whole name
    "会议上，国防相强纯男发表讲话。|Qiang Chunnan",
    // 相 opening a word is no title, and nothing after it is a name
    "日本国防相关产业发展迅速。|related",
  })
  void withoutACountryTheNameKeepsItsChineseReading(String chinese, String english)
      throws TranslationException {
    assertThat(paragraph(chinese)).contains(english);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    // function words after a title are no name, though a time word follows them
    "日本外相将于下周访问韩国。|will",
    "日本外相也在会上表示支持。|also",
    "朝鲜外相将于下周访问俄罗斯。|will",
    "日本防卫相于周三表示将加强警戒。|Wednesday",
  })
  void wordsAfterATitleThatAreNoNameAreStillGlossed(String chinese, String english)
      throws TranslationException {
    assertThat(paragraph(chinese)).contains(english);
  }
}
