package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kind of place Chinese writes after a place's name, in sentences written for this test: a
 * city is named alone, without the "market" that 市's first sense gave it (杭州市 was "Hangzhou
 * market"); a word that opens with 市 or ends in it stays that word; a district or county keeps
 * its kind, which the dictionary's name for it dropped ("Chaoyang's", "Yuexi's").
 */
class PlaceSuffixesTest {
  @Nested
  class ACityWrittenWithIts市 {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "杭州市和深圳市的游客增加了。|Hangzhou and Shenzhen",
      "记者从杭州市公安局获悉。|Hangzhou public security bureau",
      // a city the dictionary lists with its 市, found by the segmenter
      "温州市昨天发生火灾。|Wenzhou",
      "长春市的游客增加了。|Changchun",
      // the characters after 市 make a word with it, but the city's next word is longer
      "北京市长安街上车辆很多。|Beijing Chang'an",
      "南京市长江大桥今天关闭。|Nanjing Yangtze River",
      "杭州市民政局发布通知。|Hangzhou Bureau of Civil Affairs",
      // a postposition after the city is the city's
      "在杭州市内，交通很拥堵。|Within Hangzhou",
    })
    void isNamedAlone(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english)
          .doesNotContain("market", "mayor", "resident");
    }

    @Test
    void isNamedAloneWhereTheCityWasFoundInAnotherParagraph() throws TranslationException {
      Translation t = new OfflineGlossTranslator().translate(new TranslationRequest("zh", "",
          List.of("地震发生后，救援人员前往巴鲁。", "巴鲁市的居民说，余震仍在继续。")));

      assertThat(t.paragraphs().get(1)).startsWith("Baru").doesNotContain("market");
    }

    @Test
    void isOneEntityWithTheCityNamedWithoutIt() throws TranslationException {
      Translation t = new OfflineGlossTranslator().translate(new TranslationRequest("zh", "",
          List.of("杭州市的游客增加了。", "杭州的酒店也住满了。")));

      assertThat(t.entities()).filteredOn(e -> e.english().equals("Hangzhou")).hasSize(1);
    }
  }

  @Nested
  class AWordThatOpensWith市 {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "杭州市长表示，地铁将延长。|Hangzhou mayor",
      // the segmenter reads 洛阳市 + 长; the city gives its 市 back to the mayor
      "洛阳市长表示，地铁将延长。|Luoyang mayor",
      "杭州市民说。|Hangzhou city resident",
      "杭州市场很繁荣。|Hangzhou marketplace",
      "深圳市值最高的公司。|Shenzhen market capitalization",
      "杭州市委书记说。|Hangzhou municipal committee",
      "上海市政府发布通知。|Shanghai city government",
      "杭州市区的房价上涨。|Hangzhou downtown",
    })
    void staysThatWord(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }
  }

  /** A local paper's own city: 我市 is "our city", 市政府 its government, not a city hall. */
  @Nested
  class TheCityOfTheReport {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "我市将新建三所学校。|Our city will",
      "市政府发布了通知。|City government",
      // were "Market museum", "Market Health Commission", "He go the li handle"
      "市博物馆发布新展。|City museum",
      "市卫健委通报疫情。|City Health Commission",
      "他去市里办事。|He go the city",
    })
    void isNamedAsEnglishNamesIt(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).startsWith(english).doesNotContain("market", "hall");
    }

    @Test
    void isTheCityBeforeAnInstitutionInsideASentence() throws TranslationException {
      // was "appear the market culture building"
      assertThat(paragraph("百件漆器亮相市文化馆。")).contains("city").doesNotContain("market");
    }
  }

  /** A city or county no dictionary knows is named, not described, by its kind. */
  @Nested
  class AnUnknownLocalPlace {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // were "Face the creek city museum", "blue grain plant county"
      "临溪市博物馆推出夜场。|Linxi",
      "青禾县新能源汽车销量增长。|Qinghe county",
    })
    void isNamedByItsPinyin(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @Test
    void isKnownByItsNameAloneWhereTheArticleWritesItSo() throws TranslationException {
      assertThat(paragraph("望川市发布通知。望川首条无人机航线试运行。"))
          .contains("Wangchuan").doesNotContain("hope river");
    }

    @ParameterizedTest
    @CsvSource({"该县警方表示。, Gai", "全市共有十家医院。, Quan",
        "他去县里开会。, Qu"})
    void isNoWordBeforeAKind(String chinese, String wrong) throws TranslationException {
      assertThat(paragraph(chinese)).doesNotContain(wrong);
    }
  }

  /**
   * A town, township or village no dictionary knows is named by its pinyin and its kind, as a
   * county is, also where HanLP glues the kind to the name's last character (柳/溪村), to the
   * whole name (白沙镇) or to the word after it (白沙/镇政府).
   */
  @Nested
  class ATownTownshipOrVillage {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // were "Rock bridge village", "Willow creek village", "Baisha calm", "Baisha calm
      // government", "Pine ridge native place"
      "石桥村发生山火。|Shiqiao village",
      "柳溪村的村民说。|Liuxi village",
      "他住在白沙镇。|Baisha town",
      "白沙镇政府发布通知。|Baisha town government",
      "松岭乡的农民说。|Songling township",
      "青禾县望溪镇的居民说。|Qinghe county Wangxi town",
    })
    void isNamedByItsPinyinAndItsKind(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @Test
    void isNamedByItsNameAloneAfterItsFirstMention() throws TranslationException {
      assertThat(paragraph("柳溪村发生山火，柳溪村的村民说，火已扑灭。"))
          .containsOnlyOnce("Liuxi village").contains("Liuxi's villager");
    }
  }

  /**
   * 镇 and 乡 the segmenter leaves alone or in a word no dictionary lists are a town and a
   * township, not 镇's "calm" or "press down" nor 乡's "native place".
   */
  @Nested
  class ATownOrTownshipNamedByACommonWord {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // were "Peace calm", "All calm", "in the calm up", "Peace native place"
      "和平镇的居民说。|Peace town",
      "全镇停电了。|All town",
      "他在镇上开了一家店。|town",
      "和平乡的农民说。|Peace township",
    })
    void readsAsTheKind(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english).doesNotContain("calm", "native place");
    }
  }

  /** Words that end or open with 村, 镇 or 乡 name no place before them. */
  @Nested
  class AWordWithAPlacesKindInIt {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "他回到农村老家。|return to the village",
      "乡村振兴战略。|Rustic revive",
      "城镇居民收入增长。|Town resident",
      "城乡差距缩小。|City and countryside",
      "村民们表示反对。|Villager",
      "军队镇压抗议者。|suppress",
      "建设社会主义新农村。|socialism new village",
      "这里是军事重镇。|military strategic town",
      "他亲自坐镇指挥。|keep watch",
      "他喝了冰镇啤酒。|iced",
      "他返乡过年。|return to home town",
      "该村村民说。|village villager",
      "江西萍乡的女孩说。|Jiangxi Pingxiang",
    })
    void staysThatWord(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }
  }

  @Nested
  class AWordThatEndsIn市 {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "小米上市了。|Xiaomi hit the market",
      "他在超市买了牛奶。|supermarket",
      "这座城市很大。|city",
      "台北夜市很热闹。|Taipei night market",
      "上海股市大跌。|Shanghai stock market",
      "北京的门市部关门了。|retail department",
    })
    void isNoCitysSuffix(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }
  }

  @Nested
  class ADistrictOrCounty {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "北京市朝阳区的居民说。|Beijing Chaoyang district",
      "西安市长安区的居民说。|Xi'an Chang'an district",
      "深圳市南山区的公司。|Shenzhen Nanshan district",
      "岳西县的警方通报。|Yuexi county",
      // the kind the dictionary names: a 县 of Japan is a prefecture
      "日本福岛县发生地震。|Fukushima prefecture",
    })
    void isNamedWithItsKind(String chinese, String english) throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    @Test
    void isNamedByItsNameAloneAfterItsFirstMention() throws TranslationException {
      assertThat(paragraph("朝阳区的居民说，朝阳区的空气很好。"))
          .containsOnlyOnce("Chaoyang district").contains("Chaoyang's air");
    }
  }

  /**
   * A river, lake or mountain is named by its pinyin and its kind, as a town is, also where its
   * name is a rare word of the dictionary's (金鸡 "golden pheasant") and where HanLP glues the kind
   * to the name (清溪河) or to the bank or slope after it (河岸, 湖畔, 山上).
   */
  @Nested
  class ARiverLakeOrMountain {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // were "clear creek riverside", "bluish-green screen mountain", "Jin Jihe", "Golden
      // pheasant lakeside"
      "志愿者清理清溪河岸的垃圾。|Qingxi River",
      "游客登上翠屏山。|Cuiping Mountain",
      "金鸡河是当地的重要河流。|Jinji River",
      "金鸡湖畔游人如织。|Jinji Lake",
      "村民在翠屏山上种树。|Cuiping Mountain",
    })
    void isNamedByItsPinyinAndItsKind(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }

    /** An everyday word before 河, 湖 or 山 says what it is made of or like; no name. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "母亲河水质好转。|ifeline river",
      "垃圾山散发臭味。|rash mountain",
      "公园里有一个人工湖。|artificial lake",
      "黄河流经九个省。|Yellow River",
      "这条河很长。|river",
      "三人坠河后获救。|river",
      "山外山，天外天。|mountain",
    })
    void isNoNameAfterAnEverydayWord(String chinese, String english)
        throws TranslationException {
      assertThat(paragraph(chinese)).contains(english);
    }
  }
}
