package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korea's provinces (道) and major cities in sentences written for this test: read in Korean as
 * the Korea they lie in writes its places (the North: South Hwanghae, Kaesong; the South:
 * North Chungcheong, Busan), never glossed character by character; a name that is a Chinese place
 * too is read so only where the article names a Korea.
 */
class KoreanProvincesAndCitiesTest {
  @Test
  void aMissileLaunchFromANorthKoreanProvinceNamesTheProvince() throws TranslationException {
    // 海南 (Hainan), a glossary place, inside 黄海南道 does not break it up
    String english = paragraph("韩国联合参谋本部表示，朝鲜当天上午从黄海南道一带向朝鲜半岛西部海域"
        + "发射了数枚巡航导弹，导弹飞行约二百公里后落入海中。");
    assertThat(english).contains("South Hwanghae Province").doesNotContain("Hainan", "road");
  }

  @Nested
  class AProvinceIsAlwaysKorean {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // the North's, as the North writes its places (McCune-Reischauer without diacritics)
      "暴雨导致平安南道多处房屋倒塌。|South Phyongan Province",
      "咸镜北道遭遇严重洪灾。|North Hamgyong Province",
      "慈江道和两江道气温降至零下三十度。|Jagang Province",
      "慈江道和两江道气温降至零下三十度。|Ryanggang Province",
      // the South's, by the Revised Romanization; ㄴ before ㄹ is ll (전라 Jeolla, not Jeonra)
      "忠清北道和忠清南道普降大雨。|North Chungcheong Province",
      "全罗南道的渔民损失惨重。|South Jeolla Province",
      "京畿道知事宣布新的防疫措施。|Gyeonggi Province",
      "济州特别自治道迎来大批游客。|Jeju Special Self-Governing Province",
    })
    void readAsItsKoreaWritesIt(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // 江原道 is on both Koreas' maps: the Korea the text names, else the South's
      "朝鲜从江原道一带向东部海域发射导弹。|Kangwon Province",
      "韩国江原道发生大规模山火。|Gangwon Province",
      "江原道发生大规模山火。|Gangwon Province",
    })
    void 江原道IsInTheKoreaTheTextNames(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }
  }

  @Nested
  class ACity {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "首尔、釜山、仁川等地气温骤降。|Seoul, Busan, Incheon",
      "开城工业园区曾有上百家韩国企业。|Kaesong",
      "新义州与丹东隔江相望。|Sinuiju",
      // a Chinese place too (Datian County in Fujian): read so in an article about Korea
      "韩国总统前往大田视察科研机构。|Daejeon",
      // 市 ("city") is left out, not glossed "market"
      "韩国前总统回到大邱市的新居。|Daegu's new residence",
      // a listed place that names a county too
      "朝鲜从江原道通川郡一带发射导弹。|Thongchon County",
      // a longer name the dictionary has is read whole
      "韩国海军舰艇在济州岛以南海域演习。|Jeju Island",
    })
    void isReadAsItsKoreaWritesIt(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @Test
    void thatIsAChinesePlaceTooIsLeftAloneInAnArticleThatNamesNoKorea()
        throws TranslationException {
      assertThat(paragraph("福建省大田县今年茶叶丰收。")).doesNotContain("Daejeon");
    }
  }
}
