package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsbridge.story.ArticleRegions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimilarityFeaturesTest {
  private static final SparseVector.Weights FLAT = term -> 1.0;

  private static SparseVector headline(String text) {
    return Doc.vector(Tokens.chinese(text), Doc.NATIVE);
  }

  @Nested
  class HeadlineCoverage {
    @Test
    void isFullWhenEveryHeadlineTermOccursSomewhereInTheOtherText() {
      TextTerms text = TextTerms.of("昨日下午山城地震后，救援队已经抵达。", true);
      assertThat(text.coverage(headline("山城地震"), FLAT)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void weighsEachMissingTermByItsRarity() {
      TextTerms text = TextTerms.of("海港发生地震", true);
      SparseVector title = headline("山城地震");
      int rare = Hashing.term(Doc.NATIVE, "山城");
      SparseVector.Weights rareCity = term -> term == rare ? 3.0 : 1.0;
      // terms: 山城 (missing, idf 3), 城地 (missing, 1), 地震 (found, 1)
      assertThat(text.coverage(title, rareCity)).isEqualTo(1.0 / 5.0, within(1e-9));
    }

    @Test
    void isZeroForAnEmptyHeadline() {
      assertThat(TextTerms.of("任何文字", true).coverage(SparseVector.EMPTY, FLAT)).isZero();
    }
  }

  /**
   * Entities across languages (issue #6): a Chinese and an English report of one meteor shower each
   * quote their own astronomer; what they share is the subject their headlines name.
   */
  @Nested
  class EntitiesAcrossLanguages {
    static final String SHOWER_ZH = "Orionid meteor shower will peak on the 21st, experts said";
    static final String SHOWER_EN = "Orionid meteor shower peaks on Saturday night";

    private Doc report(boolean chinese, String headline, int name, boolean inHeadline) {
      return new Doc(
          1, 0, chinese, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY,
          SparseVector.EMPTY, List.of(), new int[] {name}, HeadlinePhrases.of(headline),
          inHeadline ? new int[] {name} : new int[0], null, ArticleRegions.NONE,
          IncidentCodes.NONE);
    }

    @Test
    void reportsQuotingTheirOwnPeopleAgreeWhenTheirHeadlinesNameOneSubject() {
      Doc zh = report(true, SHOWER_ZH, 1, false);
      Doc en = report(false, SHOWER_EN, 2, false);
      assertThat(Similarity.entitiesAgree(zh, en)).isTrue();
    }

    @Test
    void reportsNamingOthersAndNoOneSubjectDisagree() {
      Doc zh = report(true, "Old street night market draws crowds", 1, false);
      Doc en = report(false, "Old ferry terminal clock keeps time again", 2, false);
      assertThat(Similarity.entitiesAgree(zh, en)).isFalse();
    }

    @Test
    void headlinesNamingTheirOwnPlacesDisagreeWhateverElseTheyShare() {
      // two look-alike fires: "Henan warehouse fire accident investigation" and Beijing's
      Doc zh = report(true, "Henan fire accident investigation team set up", 1, true);
      Doc en = report(false, "Beijing fire accident investigation team set up", 2, true);
      assertThat(Similarity.entitiesAgree(zh, en)).isFalse();
    }

    @Test
    void inOneLanguageTheNamesAloneDecide() {
      // the same-language figures were fitted with names alone
      Doc a = report(true, SHOWER_ZH, 1, false);
      Doc b = report(true, SHOWER_EN, 2, false);
      assertThat(Similarity.entitiesAgree(a, b)).isFalse();
    }
  }

  @Nested
  class RareEntityOverlap {
    private Doc naming(int... entityIds) {
      return new Doc(
          1, 0, true, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY,
          List.of(),
          entityIds, new int[0], new int[0], null, ArticleRegions.NONE, IncidentCodes.NONE);
    }

    @Test
    void sharingTheRareNameCountsMoreThanSharingTheCommonOne() {
      SparseVector.Weights w = term -> term == 7 ? 4.0 : 1.0; // 7 is rare, 1, 2, 3 common
      double rareShared = Entities.rareOverlap(naming(1, 7), naming(2, 7), w);
      double commonShared = Entities.rareOverlap(naming(1, 7), naming(1, 3), w);
      assertThat(rareShared).isEqualTo(4.0 / 6.0, within(1e-9));
      assertThat(commonShared).isEqualTo(1.0 / 6.0, within(1e-9));
    }

    @Test
    void isZeroWhenNeitherArticleNamesAnyone() {
      assertThat(Entities.rareOverlap(naming(), naming(), FLAT)).isZero();
    }
  }

  @Nested
  class LeadKeywordCoverage {
    @Test
    void isFullWhenTheLeadsStrongestTermsAllOccurInTheOtherText() {
      SparseVector lead = headline("山城地震");
      assertThat(TextTerms.of("昨日山城地震", true).keywordCoverage(lead, FLAT))
          .isEqualTo(1.0, within(1e-9));
    }

    @Test
    void countsOnlyTheTermsFoundWeighedByTheirTfIdf() {
      SparseVector lead = headline("山城地震");
      int rare = Hashing.term(Doc.NATIVE, "山城");
      SparseVector.Weights rareCity = term -> term == rare ? 3.0 : 1.0;
      // terms: 山城 (missing, weight 3), 城地 (missing, 1), 地震 (found, 1)
      assertThat(TextTerms.of("海港发生地震", true).keywordCoverage(lead, rareCity))
          .isEqualTo(1.0 / 5.0, within(1e-9));
    }

    @Test
    void isZeroForAnEmptyLead() {
      assertThat(TextTerms.of("任何文字", true).keywordCoverage(SparseVector.EMPTY, FLAT)).isZero();
    }
  }

  @Nested
  class WrittenDates {
    @Test
    void twoTextsNamingTheSameDayShareIt() {
      TextTerms a = TextTerms.of("5月31日上午，市政府宣布……", true);
      TextTerms b = TextTerms.of("据报道，5月31号发生的事故……6月2日复工", true);
      assertThat(a.sharedDates(b)).isEqualTo(1.0 / 2.0, within(1e-9));
    }

    @Test
    void englishMonthNamesCountAsDates() {
      TextTerms a = TextTerms.of("On May 31 the council met.", false);
      TextTerms b = TextTerms.of("The vote of May 31 stands.", false);
      assertThat(a.sharedDates(b)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void isZeroWhenEitherTextNamesNoDay() {
      TextTerms a = TextTerms.of("5月31日上午", true);
      assertThat(a.sharedDates(TextTerms.of("没有日期的文字", true))).isZero();
    }
  }

  @Nested
  class HeadlineFigures {
    @Test
    void reportsOfOneEventRepeatTheFiguresTheirHeadlinesGive() {
      TextTerms a = TextTerms.of("山城隧道塌方致4人受伤\n今日上午，山城隧道发生塌方，4人受伤送医。", true);
      TextTerms b = TextTerms.of("山城隧道事故伤者已送医\n塌方造成4人受伤，救援持续3小时。", true);
      // a's headline writes 4, which b writes; b's headline writes none
      assertThat(a.sharedFigures(b)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void theNextDevelopmentsNewFiguresAreNotTheEventsOwn() {
      TextTerms first = TextTerms.of("山城隧道塌方致4人受伤\n4人受伤。", true);
      TextTerms later = TextTerms.of("山城隧道塌方伤者增至7人\n伤者从4人增至7人。", true);
      // first's 4 is in the later text, the later headline's 7 is not in the first
      assertThat(first.sharedFigures(later)).isEqualTo(1.0 / 2.0, within(1e-9));
    }

    @Test
    void isZeroWhenNeitherHeadlineWritesANumber() {
      TextTerms a = TextTerms.of("山城隧道塌方\n4人受伤。", true);
      assertThat(a.sharedFigures(TextTerms.of("隧道抢修\n4人受伤。", true))).isZero();
    }
  }

  @Nested
  class RegionsInConflict {
    private Doc reportingFrom(String region) {
      return withRegions(new ArticleRegions(Set.of(region), Set.of(region)));
    }

    private Doc withRegions(ArticleRegions regions) {
      return new Doc(
          1, 0, true, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY,
          List.of(),
          new int[0], new int[0], new int[0], null, regions, IncidentCodes.NONE);
    }

    private double storyMargin(Doc a, Doc b) {
      return Similarity.margin(
          Similarity.STORY,
          Similarity.STORY_BIAS,
          Similarity.storyFeatures(a, b, FLAT, null, null));
    }

    @Test
    void leadsFromTwoRegionsCountAgainstOneStory() {
      // two look-alike fires, one in Beijing and one in Henan, else alike in every feature
      Doc beijing = reportingFrom("Beijing");
      double apart = storyMargin(beijing, reportingFrom("Henan"));
      double together = storyMargin(beijing, reportingFrom("Beijing"));
      assertThat(together - apart).isEqualTo(-Similarity.STORY[4], within(1e-9));
      assertThat(Similarity.STORY[4]).isNegative();
    }

    @Test
    void anArticleWithoutRegionsConflictsWithNone() {
      Doc unknown = withRegions(ArticleRegions.NONE);
      assertThat(Similarity.storyFeatures(unknown, reportingFrom("Henan"), FLAT, null, null)[4])
          .isZero();
    }
  }

  @Nested
  class IncidentsInConflict {
    private Doc naming(String text) {
      return new Doc(
          1, 0, true, Doc.vector(List.of("火灾", "调查"), Doc.NATIVE), SparseVector.EMPTY,
          SparseVector.EMPTY, SparseVector.EMPTY, List.of(), new int[0], new int[0], new int[0], null,
          ArticleRegions.NONE, IncidentCodes.of(text));
    }

    @Test
    void reportsOfTwoIncidentsAreNeitherOneEventNorOneStory() {
      // two inquiries worded alike: the same headline terms, different date codes
      Similarity.Scores together =
          Similarity.of(naming("“6·14”火灾调查"), naming("“6·14”火灾调查"), FLAT, null, null);
      Similarity.Scores apart =
          Similarity.of(naming("“6·14”火灾调查"), naming("“9·3”火灾调查"), FLAT, null, null);
      assertThat(together.event()).isGreaterThan(Similarity.DIFFERENT_INCIDENTS);
      assertThat(apart.event()).isEqualTo(Similarity.DIFFERENT_INCIDENTS);
      assertThat(apart.story()).isLessThanOrEqualTo(Similarity.DIFFERENT_INCIDENTS);
      assertThat(Similarity.event(naming("“6·14”"), naming("“9·3”"), FLAT, null, null))
          .isEqualTo(Similarity.DIFFERENT_INCIDENTS);
    }

    @Test
    void aReportNamingNoIncidentOrBothIsNotHeldApart() {
      assertThat(Similarity.differentIncidents(naming("一仓库起火"), naming("“9·3”火灾"))).isFalse();
      assertThat(Similarity.differentIncidents(naming("从“6·14”到“9·3”"), naming("“9·3”火灾")))
          .isFalse();
    }
  }

  @Nested
  class Neighbourhoods {
    private final WindowIndex window = new WindowIndex(Long.MAX_VALUE / 4);
    private long ids = 1;

    private Doc article(String title, String body) {
      var a =
          new dev.newsbridge.story.StoryArticle(
              ids++, java.time.Instant.EPOCH, "zh", title, List.of(body), "", List.of(),
              java.util.Set.of(), "");
      return Doc.of(a, window.frequencies());
    }

    @Test
    void twoEventsOfOneStoryMeetThroughItsOtherReports() {
      // one long story told in steps (a hospital fire in 山城: rescue, inquiry, blame); the first
      // and the last step share no words of their own, only the inquiry report links them
      window.add(article("山城医院火灾救援", "山城医院火灾，消防救援，伤者救治。"));
      window.add(article("山城医院火灾调查组成立", "山城医院火灾调查组成立，院长被带走调查。"));
      window.add(article("山城医院院长被问责", "院长被带走调查后被问责，调查组公布结果。"));
      Doc rescue = article("山城医院火灾救援进行中", "山城医院火灾，消防救援，伤者救治。");
      Doc blame = article("院长问责结果公布", "院长被带走调查后被问责，调查组公布结果。");
      SparseVector.Weights w = window.frequencies();

      double alone = Centroid.Unit.cosine(Centroid.Unit.of(rescue, w), Centroid.Unit.of(blame, w));
      double together = Neighbourhood.of(rescue, window).cosine(Neighbourhood.of(blame, window));

      assertThat(alone).isZero();
      assertThat(together).isGreaterThan(0.3);
    }

    @Test
    void inAnEmptyWindowTwoArticlesCompareAsThemselves() {
      Doc a = article("山城地震", "山城地震救援");
      Doc b = article("山城地震后", "山城地震后重建");
      SparseVector.Weights w = window.frequencies();
      assertThat(Neighbourhood.of(a, window).cosine(Neighbourhood.of(b, window)))
          .isEqualTo(
              Centroid.Unit.cosine(Centroid.Unit.of(a, w), Centroid.Unit.of(b, w)), within(1e-6));
    }
  }
}
