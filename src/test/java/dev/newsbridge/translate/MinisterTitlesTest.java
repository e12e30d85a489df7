package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese and North Korean minister titles ending in 相 (国防相, 外相, 财务相), in sentences written
 * for this test: read as "X minister" from the gloss of X部长, X大臣 or the ministry, never as 相's
 * "each other", and 相 that opens a word (相关, 相信, 相比) left alone; Japan's cabinet offices
 * (首相府, 官房长官) named as English names them.
 */
class MinisterTitlesTest {
  @Nested
  class ATitleReadsAsMinister {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // before a person's name
      "日本国防相石破茂表示将加强合作。|defence minister",
      // before a verb of saying, a punctuation mark, or a predicate
      "该国国防相表示不会退让。|defence minister",
      "会议由国防相主持，财务相也出席了。|finance minister",
      "日本防卫相称将加强警戒。|defense minister",
      "日本财务相对此表示担忧。|finance minister",
      // a dictionary word: 外相, 首相
      "日本外相会见了美国国务卿。|Foreign Minister",
      // the ministry gives the title when no X部长 or X大臣 is known: Japan's by their names
      "日本厚生劳动相说，疫苗供应充足。|health, labour and welfare minister",
      "日本经济产业相宣布对半导体材料实施出口管制。|economy, trade and industry minister",
      "日本国土交通相视察了受灾地区。|land, infrastructure, transport and tourism minister",
      "日本环境相出席了气候峰会。|environment minister",
      // an abbreviated title right after its country (法相 of 法务省)
      "日本法相签署了死刑执行令。|justice minister",
      "日本经产相宣布新的出口管制措施。|economy, trade and industry minister",
    })
    void fromTheGlossTheEngineHasForTheMinistry(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).containsIgnoringCase(english).doesNotContain("each other");
    }
  }

  @Nested
  class AJapaneseOffice {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "日本首相府当天发表声明。|prime minister's office",
      "数百名民众聚集在首相官邸前抗议。|prime minister's official residence",
      "日本内阁官房长官在记者会上表示遗憾。|chief cabinet secretary",
    })
    void isNamedAsEnglishNamesIt(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).containsIgnoringCase(english)
          .doesNotContain("repository", "cabinet chief");
    }
  }

  @Nested
  class AWordOpenedBy相StaysAWord {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "国防相关产业发展迅速。|minister",
      "与去年相比，外交相关支出增加。|minister",
      "双方互相信任。|minister",
      "他们相信财务相关数据准确。|minister",
      // 法 ends common words: an abbreviated title needs its country right before it
      "双方看法相左，谈判陷入僵局。|minister",
    })
    void andNoMinisterAppears(String chinese, String absent) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContainIgnoringCase(absent);
    }
  }
}
