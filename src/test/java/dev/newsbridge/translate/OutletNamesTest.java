package dev.newsbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News outlets named by a name and what they are (望川日报, 澄观新闻, 临溪晚报), in sentences written
 * for this test about invented outlets and towns: the outlet is one organisation with an English
 * name, as such papers style themselves, and its name alone is that name, in the text and the
 * title, also where only the page's credits name the outlet. Glossed word by word they were "hope
 * river daily" and "clear watch the news".
 */
class OutletNamesTest {
  private static final Translator TRANSLATOR = new OfflineGlossTranslator();

  private static Translation article(String title, String text, String... credits)
      throws TranslationException {
    return TRANSLATOR.translate(
        new TranslationRequest("zh", title, List.of(text), List.of(credits)));
  }

  @Nested
  class AnOutletNamedByANameAndWhatItIs {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      "望川日报记者近日走访了码头。|望川日报|Wangchuan Daily",
      "澄观新闻近日发起一项问卷调查。|澄观新闻|Chengguan News",
      "临溪晚报报道了这起事故。|临溪晚报|Linxi Evening News",
      "据青禾都市报报道，大桥将于明年通车。|青禾都市报|Qinghe Metropolis Daily",
      "岚江早报记者从现场获悉。|岚江早报|Lanjiang Morning Post",
      "禾川时报发表评论文章。|禾川时报|Hechuan Times",
      "云岭电视台播出了这档节目。|云岭电视台|Yunling TV",
      "溪岚周刊刊发长篇报道。|溪岚周刊|Xilan Weekly",
    })
    void isOneOrganisationNamedInEnglish(String text, String outlet, String english)
        throws TranslationException {
      Translation t = article("", text);

      assertThat(t.paragraphs().get(0)).contains(english);
      assertThat(t.entities()).contains(new Entity(outlet, english, Entity.Type.ORGANIZATION));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      "人民日报发表评论员文章。|People's Daily", "澎湃新闻记者获悉。|The Paper",
      "南方都市报记者获悉。|Southern Metropolis Daily",
    })
    void keepsTheNameTheGlossaryGivesIt(String chinese, String english)
        throws TranslationException {
      assertThat(article("", chinese).paragraphs().get(0)).contains(english);
    }

    @ParameterizedTest
    @CsvSource({"南方日报记者获悉。", "经济参考报发起调查。", "这份晚报很受欢迎。", "他每天看新闻。",
        "本台新闻记者报道。", "热点新闻引发讨论。"})
    void isNoRomanisedCommonWord(String chinese) throws TranslationException {
      Translation t = article("", chinese);

      // not "Nanfang Daily", "Jingji", "Zhefen": the dictionary reads the words before the kind
      assertThat(t.entities()).noneMatch(e -> e.type() == Entity.Type.ORGANIZATION);
    }
  }

  @Nested
  class AnOutletNamedForAPlaceTheDictionaryKnows {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
      // were "Beijing daily newspaper", "Guangzhou evening paper", "Beijing youth newspaper"
      "北京日报记者获悉，地铁将延长运营。|北京日报|Beijing Daily",
      "据广州晚报报道，大桥将于明年通车。|广州晚报|Guangzhou Evening News",
      "北京青年报记者从现场获悉。|北京青年报|Beijing Youth Daily",
      "中国青年报发起调查。|中国青年报|China Youth Daily",
    })
    void isNamedByThePlaceAndWhatItIs(String text, String outlet, String english)
        throws TranslationException {
      Translation t = article("", text);

      assertThat(t.paragraphs().get(0)).contains(english);
      assertThat(t.entities()).contains(new Entity(outlet, english, Entity.Type.ORGANIZATION));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
      // papers known by names of their own: was "North Korea daily newspaper" for a Seoul paper
      "据朝鲜日报报道，总统将出访。|Chosun Ilbo", "韩国日报发表社论。|Hankook Ilbo",
      "法治日报记者获悉。|Legal Daily",
    })
    void keepsTheNameItIsKnownBy(String text, String english) throws TranslationException {
      assertThat(article("", text).paragraphs().get(0)).contains(english);
    }

    @ParameterizedTest
    @CsvSource({"香港新闻界对此高度关注。", "韩国电视台播出了节目。"})
    void isNoOutletWhereTheKindIsAsMuchACommonNoun(String text) throws TranslationException {
      assertThat(article("", text).entities()).noneMatch(e -> e.type() == Entity.Type.ORGANIZATION);
    }
  }

  @Nested
  class TheOutletsNameAlone {
    @Test
    void isThatNameInTheText() throws TranslationException {
      Translation t = article("", "澄观新闻近日发起问卷调查。澄观调查显示，六成受访者每周使用AI工具。");

      assertThat(t.paragraphs().get(0)).contains("Chengguan News").contains(". Chengguan ")
          .doesNotContain("clear", "Clear", "watch");
    }

    @Test
    void isThatNameInTheTitleAndTextWhereOnlyTheCreditsNameTheOutlet()
        throws TranslationException {
      Translation t = article("前十月望川港集装箱吞吐量同比增长一成",
          "记者从港口获悉，望川港累计完成集装箱吞吐量286万标准箱。", "梁静秋", "望川日报");

      // were "hope river harbor": 望 "hope", 川 "river"
      assertThat(t.title()).contains("Wangchuan port").doesNotContain("hope");
      assertThat(t.paragraphs().get(0)).contains("Wangchuan port").doesNotContain("hope");
    }

    @Test
    void isThatNameBeforeACompanyNamedByWhatItDoes() throws TranslationException {
      Translation t = article("", "记者从望川港务集团获悉，货运量增长。", "望川日报");

      assertThat(t.paragraphs().get(0)).contains("Wangchuan port group"); // was "Gangwu Group"
    }

    @Test
    void isThePlaceAPaperIsNamedFor() throws TranslationException {
      Translation t = article("望川港货运量增长", "望川老城区的夜市开张。望川港货运量增长。", "望川日报");

      // A city's daily is named for its city: 望川老城区 is Wangchuan's old town, a place a report
      // from Taipei does not share.
      assertThat(t.entities()).extracting(Entity::english, Entity::type).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple("Wangchuan", Entity.Type.PLACE),
          org.assertj.core.groups.Tuple.tuple("Wangchuan Daily", Entity.Type.ORGANIZATION));
    }

    @Test
    void isNoEntityOfItsOwnWhereTheOutletIsNoPaper() throws TranslationException {
      Translation t = article("", "澄观调查显示，六成受访者每周使用AI工具。", "澄观新闻");

      // 澄观 of 澄观新闻 names the outlet's brand as often as any town: the outlet is the entity
      assertThat(t.entities()).extracting(Entity::english).containsExactly("Chengguan News");
    }
  }

  @Nested
  class TheOutletTheCreditsName {
    @Test
    void isAnEntityWithItsEnglishName() throws TranslationException {
      Translation t = article("码头效率提高", "记者从港口获悉，码头效率提高。", "梁静秋", "望川日报");

      assertThat(t.entities())
          .contains(new Entity("望川日报", "Wangchuan Daily", Entity.Type.ORGANIZATION));
    }

    @Test
    void isNamedAsItPrintsItselfInTraditionalCharacters() throws TranslationException {
      Translation t = TRANSLATOR.translate(new TranslationRequest("zh-TW", "市場導入行動支付",
          List.of("市場內約七成攤位已可使用行動支付。"), List.of("黃怡君", "曦潮日報")));

      assertThat(t.entities())
          .contains(new Entity("曦潮日報", "Xichao Daily", Entity.Type.ORGANIZATION));
    }
  }
}
