package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korean and Japanese people in Chinese news, in sentences written for this test. Each row: the
 * article (paragraphs split by "/"), then every person it must yield as {@code 中文=English}.
 */
class KoreanAndJapaneseNamesTest {
  private static final EntityLayer LAYER = EntityLayer.shared();

  @Nested
  class AKoreanIsReadInKorean {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // South Korea named right before the person, with a role between: the Revised
          // Romanization, the surname as South Koreans spell it, the given name hyphenated
          "韩国法务部长官朴范界周二表示，将修改相关法律。|朴范界=Park Beom-gye",
          "韩国前国务总理韩明淑获得特赦。|韩明淑=Han Myeong-suk",
          "韩国国家安保室室长赵太庸主持会议。|赵太庸=Cho Tae-yong",
          "韩国执政党国民力量党党首金起炫在国会发表演说。|金起炫=Kim Gi-hyeon",
          // a one-character given name stands alone
          "韩国演员成河出演了这部舞台剧。|成河=Sung Ha",
          // North Korea: every syllable a word, as the North writes its people
          "朝鲜外交部长李英浩周六在联合国大会上发表讲话。|李英浩=Ri Yong Ho",
          "朝鲜国防相强纯男发表谈话。|强纯男=Kang Sun Nam",
          // once the article says who the person is, every mention is that person
          "朝鲜外交部长李英浩抵达纽约。/李英浩周六发表讲话。|李英浩=Ri Yong Ho",
          // 朴 is hardly a Chinese surname outside China's Korean minority
          "韩国前总统朴槿惠的弟弟朴志晚为她安排了新住处。"
              + "|朴槿惠=Park Geun-hye,朴志晚=Park Ji-man",
        })
    void whenTheTextSaysSo(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrder(expected.split(","));
    }
  }

  @Nested
  class AChineseNameStaysChinese {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 李, 金 and 崔 are Chinese surnames too: no country, no Korean reading
          "公司经理金永华表示，产品供不应求。|金永华=Jin Yonghua",
          // Korea named, but not as the person's country
          "在韩国留学的中国学生李明华说，他很想家。|李明华=Li Minghua",
          // China's own Korean minority write their names in pinyin
          "朝鲜族歌手金美兰在延吉演出。|金美兰=Jin Meilan",
          // the Korean peninsula is no country
          "朝鲜半岛问题专家李明华表示，对话是唯一出路。|李明华=Li Minghua",
          // a character the Korean table lacks: the whole name keeps its Chinese reading
          "韩国演员金骉表示，他很期待。|金骉=Jin Biao",
        })
    void withoutEvidenceThatThePersonIsKorean(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrder(expected.split(","));
    }
  }

  @Nested
  class AJapaneseNameTheDictionaryGlosses {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // given name first, as English writes Japanese names
          "宫崎骏的新作品即将上映。|宫崎骏=Hayao Miyazaki",
          "日本首相野田佳彦访问美国。|野田佳彦=Yoshihiko Noda",
          // found whole, although no Chinese surname opens it (not 田靖一)
          "日本防卫大臣滨田靖一表示，导弹落在专属经济区。|滨田靖一=Yasukazu Hamada",
          // without capitals, macrons or syllable apostrophes
          "小泉纯一郎出席了活动。|小泉纯一郎=Junichiro Koizumi",
        })
    void isWrittenAsEnglishWritesIt(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrder(expected.split(","));
    }
  }

  @Nested
  class AJapaneseNameTheTablesRead {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // Japan named right before the person, a role between: a listed family name and a
          // listed given name, given name first
          "日本财务相铃木俊一周二表示将密切关注汇市。|铃木俊一=Shunichi Suzuki",
          "日本内阁官房长官松野博一在记者会上表示遗憾。|松野博一=Hirokazu Matsuno",
          "日本演员山田洋子出演了这部电影。|山田洋子=Yoko Yamada",
          // a one-character family name or given name
          "日本外相林芳正会见了来访的代表团。|林芳正=Yoshimasa Hayashi",
          "日本前首相石破茂周五发表讲话。|石破茂=Shigeru Ishiba",
          // once the text says who the person is, every mention is that person
          "日本经济产业相西村康稔宣布新的出口管制措施。/西村康稔表示，措施将于下月生效。"
              + "|西村康稔=Yasutoshi Nishimura",
        })
    void whenTheTextSaysThePersonIsJapanese(String article, String expected) {
      assertThat(people(article)).containsOnly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // no Japan before the person: 林 and 芳正 are Chinese too
          "公司经理林芳正表示，产品供不应求。|林芳正=Lin Fangzheng",
          // Japan named, but not as the person's country
          "在日本留学的中国学生林浩说，他很想家。|林浩=Lin Hao",
        })
    void notWhereTheTextDoesNotSaySo(String article, String expected) {
      assertThat(people(article)).containsOnly(expected.split(","));
    }
  }

  private static List<String> people(String article) {
    return LAYER.protect(List.of(article.split("/"))).entities().stream()
        .filter(e -> e.type() == Entity.Type.PERSON)
        .map(e -> e.chinese() + "=" + e.english())
        .toList();
  }
}
