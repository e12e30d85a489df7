package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where in China an article's places lie, and when two articles report from different parts. */
class ArticleRegionsTest {
  private static Entity place(String original, String english) {
    return new Entity(original, english, Entity.Type.PLACE);
  }

  @Nested
  class ReadFromTheEntities {
    @Test
    void aPlaceInTheHeadlineOrLeadCountsForTheLeadAndTheText() {
      ArticleRegions r = ArticleRegions.of(
          List.of(place("安阳", "Anyang")), "安阳一工厂起火", List.of("消防员赶到现场。"));
      assertThat(r.lead()).containsExactly("Henan");
      assertThat(r.text()).containsExactly("Henan");
    }

    @Test
    void aPlaceNamedOnlyAfterTheLeadCountsForTheTextAlone() {
      String lead = "一家工厂昨夜起火，".repeat(40); // longer than the lead
      ArticleRegions r = ArticleRegions.of(List.of(place("台北", "Taipei")), "工厂起火",
          List.of(lead, "去年台北也曾发生类似火灾。"));
      assertThat(r.lead()).isEmpty();
      assertThat(r.text()).containsExactly("Taiwan");
    }

    @Test
    void theCityAnAgencyFiledFromIsNotWhereItsEventHappened() {
      ArticleRegions r = ArticleRegions.of(
          List.of(place("北京", "Beijing"), place("安阳", "Anyang")), "安阳火灾事故责任人被问责",
          List.of("新华社北京8月29日电 日前，安阳火灾事故相关责任人被问责。"));
      assertThat(r.lead()).containsExactly("Henan");
      assertThat(r.text()).containsExactly("Henan");
    }

    @Test
    void peopleOrganisationsAndPlacesAbroadHaveNoRegion() {
      ArticleRegions r = ArticleRegions.of(
          List.of(new Entity("河南队", "Henan Team", Entity.Type.ORGANIZATION),
              place("意大利", "Italy")),
          "河南队在意大利比赛", List.of("比赛结束。"));
      assertThat(r).isEqualTo(ArticleRegions.NONE);
    }
  }

  @Nested
  class ReadFromEnglishText {
    @Test
    void aCityInTheLeadCountsForTheRegionItLiesIn() {
      ArticleRegions r = ArticleRegions.ofEnglish("Warehouse fire kills 11",
          List.of("A fire at a logistics warehouse in Nanyang killed 11 people on Friday."));
      assertThat(r.lead()).containsExactly("Henan");
      assertThat(r.text()).containsExactly("Henan");
    }

    @Test
    void aPlaceNamedOnlyAfterTheLeadCountsForTheTextAlone() {
      String lead = "A factory caught fire last night. ".repeat(40); // longer than the lead
      ArticleRegions r = ArticleRegions.ofEnglish("Factory fire",
          List.of(lead, "A similar fire broke out in Taipei last year."));
      assertThat(r.lead()).isEmpty();
      assertThat(r.text()).containsExactly("Taiwan");
    }

    @Test
    void regionsArePossessiveOrOfTwoWords() {
      ArticleRegions r = ArticleRegions.ofEnglish("",
          List.of("Fire in Beijing's Haidian district; flights from Hong Kong and Inner Mongolia."));
      assertThat(r.lead()).containsExactlyInAnyOrder("Beijing", "Hong Kong", "Inner Mongolia");
    }

    @Test
    void aPlaceNameInsideAPersonsOrInstitutionsNameIsNoPlace() {
      ArticleRegions r = ArticleRegions.ofEnglish("", List.of(
          "The writer Wang Anyi spoke of Changfeng Hospital, where patients waited."));
      // Anyi is a county of Jiangxi, Changfeng one of Anhui
      assertThat(r).isEqualTo(ArticleRegions.NONE);
    }

    @Test
    void aRegionsClockIsNoPlace() {
      ArticleRegions r = ArticleRegions.ofEnglish("",
          List.of("Polls closed at 9 am Beijing time in Ankara."));
      assertThat(r).isEqualTo(ArticleRegions.NONE);
    }

    @Test
    void aReportFromAbroadHasNoRegion() {
      assertThat(ArticleRegions.ofEnglish("Earthquake in Chile",
          List.of("A magnitude 7 earthquake struck near Santiago, Chile."))).isEqualTo(
              ArticleRegions.NONE);
    }
  }

  @Nested
  class Conflicts {
    private final ArticleRegions beijing = new ArticleRegions(Set.of("Beijing"), Set.of("Beijing"));
    private final ArticleRegions henan = new ArticleRegions(Set.of("Henan"), Set.of("Henan"));

    @Test
    void twoLeadsInDifferentRegionsConflict() {
      assertThat(beijing.conflictsWith(henan)).isTrue();
      assertThat(henan.conflictsWith(beijing)).isTrue();
    }

    @Test
    void aRegionTheOtherNamesFurtherDownIsNoConflict() {
      // an inquiry in Beijing into a fire in Henan, against a report from Henan
      ArticleRegions inquiry = new ArticleRegions(Set.of("Beijing"), Set.of("Beijing", "Henan"));
      assertThat(inquiry.conflictsWith(henan)).isFalse();
      assertThat(henan.conflictsWith(inquiry)).isFalse();
    }

    @Test
    void aLeadThatNamesNoRegionConflictsWithNone() {
      ArticleRegions later = new ArticleRegions(Set.of(), Set.of("Beijing"));
      assertThat(later.conflictsWith(henan)).isFalse();
      assertThat(ArticleRegions.NONE.conflictsWith(beijing)).isFalse();
    }

    @Test
    void leadsSharingOneRegionDoNotConflict() {
      Set<String> regions = Set.of("Beijing", "Hebei");
      ArticleRegions both = new ArticleRegions(regions, regions);
      assertThat(both.conflictsWith(beijing)).isFalse();
    }
  }
}
