package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForeignNamesTest {
  private static final OfflineGlossTranslator TRANSLATOR = new OfflineGlossTranslator();

  private static Translation translate(String... paragraphs) throws Exception {
    return TRANSLATOR.translate(new TranslationRequest("zh", "", List.of(paragraphs)));
  }

  @Nested
  class LatinOriginalsInParentheses {
    @Test
    void becomeTheNameForTheWholeArticleAndAreNotRepeated() throws Exception {
      Translation t = translate("董事会由布雷特·泰勒（Bret Taylor）担任主席。", "泰勒表示将尽快完成改组。");

      assertThat(t.paragraphs().get(0)).contains("Bret Taylor").doesNotContain("(Bret Taylor)");
      assertThat(t.paragraphs().get(1)).startsWith("Taylor");
      assertThat(t.entities()).extracting(Entity::english).containsExactly("Bret Taylor");
    }

    @Test
    void winOverTheGlossarySpelling() throws Exception {
      Translation t = translate("新主席叫托马斯·奥特曼（Thomas Ortmann），来自德国。");

      assertThat(t.paragraphs().get(0)).contains("Thomas Ortmann").doesNotContain("Altman");
    }

    @Test
    void leaveAcronymsToTheGlossaryName() throws Exception {
      Translation t = translate("世界卫生组织（WHO）发布了报告。");

      assertThat(t.entities()).extracting(Entity::english)
          .containsExactly("World Health Organization");
    }
  }

  @Nested
  class UnknownTransliteratedNames {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "发言人卡斯帕·温特伯格说，会议推迟。",
      "记者见到了玛格丽塔·斯洛博达。",
      "像托尼洛这样的营地规模很大。",
    })
    void comeOutAsOneCapitalisedNameNeverGlossedInPieces(String sentence) throws Exception {
      Translation t = translate(sentence);

      assertThat(t.entities()).hasSize(1);
      String name = t.entities().get(0).english();
      assertThat(name).matches("\\p{Lu}[\\p{Ll}']+( \\p{Lu}[\\p{Ll}']+)*");
      assertThat(t.paragraphs().get(0)).contains(name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"德安杰洛, Danjelo", "塔尔萨, Tarsa", "阿尔本斯, Arbens", "克里斯, Chris"})
    void areReadBackByTransliterationConventionsRatherThanPinyin(String chinese, String latin) {
      assertThat(Transliteration.part(chinese)).isEqualTo(latin);
    }

    @Test
    void aRunEndingInACommonWordIsNoName() throws Exception {
      // 因加班, "because of overtime", was a person "Ingaban"
      assertThat(translate("员工因加班怼领导。").entities()).isEmpty();
    }
  }

  @Nested
  class TransliteratedPlaces {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      // HanLP proposes each as a foreign person: a tag "Sulawisi" named no one
      "印度尼西亚苏拉威西岛发生地震。, Sulawesi", // the dictionary knows the island
      "救援队伍正在前往巴鲁。, Baru", // a place one goes to
      "他在阿拉斯加瓦西拉被捕。, Vasila", // a town after its state
    })
    void arePlaces(String sentence, String english) throws Exception {
      Translation t = translate(sentence);

      assertThat(t.entities()).filteredOn(e -> e.english().equals(english))
          .extracting(Entity::type).containsExactly(Entity.Type.PLACE);
    }

    @Test
    void aNameFoundOnceIsThatNameWhereverTheArticleWritesIt() throws Exception {
      Translation t = translate("救援队伍正在前往巴鲁。", "数百人聚集在巴鲁市参加海滩节日。");

      assertThat(t.paragraphs().get(1)).contains("Baru"); // was glossed "that sticks crass"
      assertThat(t.entities()).hasSize(1);
    }

    @Test
    void anyMentionThatStandsWherePlacesDoMakesThePlace() throws Exception {
      Translation t = translate("巴鲁的灾情仍不清楚。", "救援队伍正在前往巴鲁。");

      assertThat(t.entities()).extracting(Entity::type).containsOnly(Entity.Type.PLACE);
    }
  }

  @Nested
  class CommonFamilyNames {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      // the conventions alone gave "Wuz", "Wosen", "Dan Benet"
      "教练表示，伍兹状态不错。, Woods", "记者采访了卡特·沃森。, Carter Watson",
      "发言人丹·贝内特说，会议推迟。, Dan Bennett", "凯文·麦卡锡当选议长。, Kevin McCarthy",
      // without the English beside them: "Lari Samers", "Naxi Peiluoxi"
      "前财政部长拉里·萨默斯出任董事。, Larry Summers", "南希·佩洛西访问了该地区。, Nancy Pelosi",
      "国务卿马尔科·卢比奥抵达会场。, Marco Rubio", "帕特里克·霍尔当选市长。, Patrick Hall",
    })
    void areWrittenAsTheFamilyTheyStandFor(String sentence, String english) throws Exception {
      Translation t = translate(sentence);

      assertThat(t.entities()).extracting(Entity::english).containsExactly(english);
      assertThat(t.paragraphs().get(0)).contains(english);
    }
  }

  @Test
  void aGivenNameThatEndsALongerOneTheTextSpellsOutDoesNotCutTheName() throws Exception {
    // 拉里 (Larry) ends 阿布杜拉里: the name found from its left edge began inside the name the
    // English original beside it gives, and the translation failed (a negative substring).
    Translation t = translate("演员阿布杜拉里·萨默斯（Abdullari Summers）出席了活动。");

    assertThat(t.entities()).extracting(Entity::english).containsExactly("Abdullari Summers");
  }

  @Test
  void theDemoBoardArticleTagsNoRomanisedPinyinForNamesItSpellsOut() throws Exception {
    Translation t = translate(
        "新董事会由布雷特·泰勒（Bret Taylor）担任主席，成员还包括拉里·萨默斯（Larry Summers）。");

    assertThat(t.entities()).extracting(Entity::english)
        .contains("Bret Taylor", "Larry Summers")
        .doesNotContain("Buleite Taile", "Lali Samosi");
  }
}
