package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words HanLP's recogniser proposes as people that news about Korea and the world is full of: a
 * country's one-character abbreviation read as the surname 韩, a preposition or verb read as 向
 * or 戴, a county, a sea, a unit. Sentences written for this test. Each row: the article, then
 * every person it must yield as {@code 中文=English}, nothing else.
 */
class WordsThatAreNoPeopleTest {
  private static final EntityLayer LAYER = EntityLayer.shared();

  @Nested
  class ACountryAbbreviation {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 韩 abbreviates South Korea: 韩美 is "South Korea and the US" before 两国, 核, 正
          "韩国军方表示，韩美两国的情报部门正在分析导弹参数。|",
          "韩美核磋商小组首次会议在首尔举行。|",
          "韩美情报部门正在分析。据悉，韩美正就导弹参数进行评估。|",
          // 韩联参 abbreviates the 韩国联合参谋本部 the article names in full
          "韩国联合参谋本部（韩联参）称，朝鲜发射了导弹。据韩联参介绍，导弹飞行了600公里。|",
          // a real 韩 stays a person, beside a country pair or not
          "记者韩美玲报道，中美两国将举行会谈。|韩美玲=Han Meiling",
          "主持人韩美玲说，节目下周播出。|韩美玲=Han Meiling",
        })
    void isNoSurname(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrderElementsOf(names(expected));
    }
  }

  @Nested
  class APrepositionOrVerbBeforeAWord {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 向 "to, towards" before a word the dictionary knows: a noun, a sea, a country pair
          "总统执政五年，向国民道歉七次。|",
          "公司向社会表示歉意，调查结果会及时向社会公布。|",
          "朝鲜向东海发射了约40发炮弹。|",
          "朝鲜向韩朝缓冲区发射了炮弹。|",
          // 戴 "to wear" before a noun
          "她穿白西装戴珍珠项链出席活动。|",
          // real 向 and 戴 stay people
          "村支书向志强表示，路明年修好。|向志强=Xiang Zhiqiang",
          "教练戴志强说，球员们拼到了最后。|戴志强=Dai Zhiqiang",
        })
    void isNoSurname(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrderElementsOf(names(expected));
    }
  }

  @Nested
  class APlace {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 郡 ends a county's name, never a given name
          "朝鲜在江原道金刚郡一带发射了炮弹。|",
          "朝鲜在靠近分界线的龙渊郡一带发射火箭炮。|",
          // 西海 is the West Sea, 西海岸 a west coast
          "轰炸机飞抵朝鲜东海与西海上空。|",
          "澳大利亚西海岸发生山火。|",
        })
    void isNoPerson(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrderElementsOf(names(expected));
    }
  }

  @Nested
  class AUnitAfterANumber {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 马赫 after a number is Mach, the speed
          "导弹最快飞行速度达到6马赫左右。|",
          "导弹的飞行速度为3～6马赫。|",
        })
    void isNoPerson(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrderElementsOf(names(expected));
    }
  }

  @Nested
  class AHeadlineWordAndTheCharacterAfterIt {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          // 官宣 "officially announced" + 新 "new" was the person Guan Xuanxin
          "一家公司官宣新代言人。|",
          "这家公司官宣新品牌。|",
          // a real 官 stays a person
          "主持人官新宇说，节目下周播出。|官新宇=Guan Xinyu",
        })
    void isNoPerson(String article, String expected) {
      assertThat(people(article)).containsExactlyInAnyOrderElementsOf(names(expected));
    }
  }

  private static List<String> names(String expected) {
    return expected == null ? List.of() : List.of(expected.split(","));
  }

  private static List<String> people(String article) {
    return LAYER.protect(List.of(article)).entities().stream()
        .filter(e -> e.type() == Entity.Type.PERSON)
        .map(e -> e.chinese() + "=" + e.english())
        .toList();
  }
}
