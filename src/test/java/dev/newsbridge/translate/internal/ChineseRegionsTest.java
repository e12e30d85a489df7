package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which province-level region of China a place lies in. */
class ChineseRegionsTest {
  private final ChineseRegions regions = new ChineseRegions(Cedict.shared());

  @ParameterizedTest
  @CsvSource({"河南, Henan", "河南省, Henan", "北京市, Beijing", "广西壮族自治区, Guangxi", "台湾, Taiwan"})
  void aRegionLiesInItself(String place, String region) {
    assertThat(regions.of(place)).isEqualTo(region);
  }

  @ParameterizedTest
  @CsvSource({
    "安阳, Henan", // the dictionary lists it only as 安阳市, "... in Henan Province 河南省"
    "台北, Taiwan", // "Taipei, capital of Taiwan"
    "岳西, Anhui", // "Yuexi, a county in Anqing City 安庆市, Anhui": the region only in English
    "丰台, Beijing" // 丰台区, "an inner district of southwest Beijing"
  })
  void aCityCountyOrDistrictLiesInTheRegionItsGlossNames(String place, String region) {
    assertThat(regions.of(place)).isEqualTo(region);
  }

  @ParameterizedTest
  @CsvSource({"意大利", "明尼苏达", "纽约", "莫斯科"})
  void aPlaceAbroadOrUnknownLiesInNone(String place) {
    assertThat(regions.of(place)).isNull();
  }

  @Test
  void aGlossAboutARegionNamesNoOtherRegion() {
    assertThat(ChineseRegions.named("Henan Province, capital Zhengzhou 郑州市 (abbr. to 豫)"))
        .isNull();
  }

  @Test
  void aGlossNamingTwoRegionsNamesNone() {
    assertThat(ChineseRegions.named("river on the border of Hubei and Hunan")).isNull();
  }

  @Nested
  class ByEnglishName {
    @ParameterizedTest
    @CsvSource({
      "Henan, Henan", "Hong Kong, Hong Kong", "Xizang, Tibet", // a region, in one or two words
      "Anyang, Henan", // 安阳市 "Anyang, prefecture-level city in Henan Province"
      "Taipei, Taiwan", // "Taipei, capital of Taiwan"
      "Haidian, Beijing", // a district of a municipality
      "Nanjing, Jiangsu" // the capital of Jiangsu outranks 南靖 "Nanjing county", Fujian
    })
    void aPlaceOfChinaLiesInTheRegionItsGlossNames(String name, String region) {
      assertThat(regions.ofEnglishName(name)).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({
      "Taizhou", // two prefecture-level cities: 台州 in Zhejiang, 泰州 in Jiangsu
      "Chaoyang", // Liaoning's city and Beijing's district
      "Cao", // 曹县 "Cao county": one syllable, far more often a surname
      "Maotai", // a town: too small to tell a report's region, and a liquor's name
      "Paris", "anyang"
    })
    void aNameOfTwoRegionsOneSyllableATownOrNoPlaceOfChinaLiesInNone(String name) {
      assertThat(regions.ofEnglishName(name)).isNull();
    }
  }
}
