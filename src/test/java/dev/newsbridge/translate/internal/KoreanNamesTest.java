package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanNamesTest {
  private static final KoreanNames KOREAN = KoreanNames.bundled();

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
    // the South's initial-sound rule reads 리 as 이 (Lee), the North keeps it (Ri)
    "李英浩, Lee Yeong-ho, Ri Yong Ho",
    "柳荣夏, Yoo Yeong-ha, Ryu Yong Ha",
    "林龙洙, Lim Yong-su, Rim Ryong Su",
    // 金 is Kim as a surname, Geum in a given name
    "金金浩, Kim Geum-ho, Kim Kum Ho",
    "崔钟勋, Choi Jong-hun, Choe Jong Hun",
    "郑维罗, Jung Yu-ra, Jong Yu Ra",
    "朴正熙, Park Jeong-hui, Pak Jong Hui",
    "成河, Sung Ha, Song Ha",
    "太贤, Tae Hyeon, Thae Hyon",
  })
  void readsANameAsEachKoreaWritesIt(String name, String south, String north) {
    assertThat(KOREAN.south(name)).isEqualTo(south);
    assertThat(KOREAN.north(name)).isEqualTo(north);
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
    // one word; 金 in a place is Geum/Kum, never the surname Kim
    "金刚, Geumgang, Kumgang",
    // the South drops a word's first ㄹ before y (Yongyeon), the North keeps it (Ryongyon)
    "龙渊, Yongyeon, Ryongyon",
    // the North voices ㄱ between voiced sounds (Kumgang) but not after a stop (Koksan)
    "谷山, Goksan, Koksan",
    // the South writes a final ㄹ before a silent initial as r
    "铁原, Cheorwon, Cholwon",
    "达城, Dalseong, Talsong",
    // ㄴ or ㄹ before ㄹ is the lateral both write ll
    "全罗, Jeolla, Jolla",
    // the North writes aspirates with h (Phyongan), as it writes its people (Thae)
    "平安, Pyeongan, Phyongan",
    "新义州, Sinuiju, Sinuiju",
  })
  void readsAPlaceAsEachKoreaWritesIt(String place, String south, String north) {
    assertThat(KOREAN.place(place, false)).isEqualTo(south);
    assertThat(KOREAN.place(place, true)).isEqualTo(north);
  }

  @Test
  void readsNoNameWithACharacterItLacks() {
    assertThat(KOREAN.south("金骉")).isNull();
    assertThat(KOREAN.north("金骉")).isNull();
  }

  @Test
  void readsNoNameOfAnotherLength() {
    assertThat(KOREAN.south("金")).isNull();
    assertThat(KOREAN.south("南宫英浩")).isNull();
  }
}
