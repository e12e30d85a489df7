package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set phrases of Chinese news that the gloss read word by word, in sentences written for this
 * test: a paper's own dateline (本报北京12月1日电, "This newspaper Beijing December 1 --") and a
 * record set in one clause (创近五年新高, "initiate near five years new high").
 */
class NewsFormulasTest {
  @Nested
  class APapersOwnDateline {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "本报北京12月1日电 港口吞吐量增长。|Beijing, December 1 --",
      "本报北京12月1日电（记者张明远）港口吞吐量增长。|Beijing, December 1 --",
      // a town no dictionary knows is named by its pinyin, as a dateline names a place
      "本报临溪3月8日电 夜市客流增长。|Linxi, March 8 --",
    })
    void isAnEnglishDateline(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).startsWith(english).doesNotContain("newspaper");
    }

    @ParameterizedTest
    @CsvSource({"本报记者从港口获悉。", "本报将继续关注此事。"})
    void leavesThePaperWhereNoDatelineFollows(String chinese) throws TranslationException {
      assertThat(paragraph(chinese)).containsIgnoringCase("newspaper");
    }
  }

  @Nested
  class TheFirstMonthsOfAYear {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // was "Before October"
      "前十月港口吞吐量同比增长一成|the first 10 months",
      "今年前10月营业额增长。|the first 10 months",
      "前三个月销量下降。|the first three months",
      "前三季度利润增长。|first three quarters",
    })
    void areTheFirstMonths(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).containsIgnoringCase(english);
    }

    @ParameterizedTest
    @CsvSource({"他提前3个月完成任务。", "此前9月1日，他已离职。", "三个月前，他回国了。"})
    void areNoneWherePrecedingOrBeforeAnotherWord(String chinese) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContain("first");
    }
  }

  @Nested
  class ARecordSetInOneClause {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "今年货运量创近五年新高。|hit a five-year high",
      "货运量创下近10年来新高。|hit a 10-year high",
      "股价创近八个月新低。|hit an eight-month low",
      "股价创近一年来新低。|hit a one-year low", // "a" before the sound of "w"
      "里拉汇率创历史新低。|hit a record low",
      "销量创下新高。|hit a new high",
      "股价再创新高。|hit a new high",
      "股价创上市以来新低。|hit a new low since listing",
    })
    void isHitAHighOrALow(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @ParameterizedTest
    @CsvSource({"打造科技创新高地。", "推动创新高质量发展。", "鼓励创新低碳技术。"})
    void isNoInnovationBeforeAnAdjective(String chinese) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContain("hit a");
    }
  }
}
