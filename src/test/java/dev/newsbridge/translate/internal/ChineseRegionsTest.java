package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
