package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.SparseVector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An article joins the event whose reports it matches best on average, not by one report. */
class EventMatchTest {
  private static final double BAR = 2.5;

  private static EventMatch margins(double... margins) {
    EventMatch match = new EventMatch();
    for (double m : margins) {
      match.add(m);
    }
    return match;
  }

  @Test
  void oneCloseReportDoesNotChainTheArticleIntoAnEventItIsOtherwiseUnlike() {
    // Yesterday's first reports (far) and a follow-up that borrowed their words (close).
    Map<Long, EventMatch> events = Map.of(7L, margins(6.0, -1.0, -2.0));

    assertThat(EventMatch.best(events, BAR)).isZero();
  }

  @Test
  void theEventMatchedBestOnAverageWinsOverTheOneWithTheClosestReport() {
    Map<Long, EventMatch> events = new LinkedHashMap<>();
    events.put(1L, margins(8.0, 0.0));
    events.put(2L, margins(5.0, 4.5));

    assertThat(EventMatch.best(events, BAR)).isEqualTo(2L);
  }

  @Test
  void anEventAllOfWhoseReportsMatchFromTheBarOnIsJoined() {
    Map<Long, EventMatch> events = Map.of(3L, margins(2.5, 3.0));

    assertThat(EventMatch.best(events, BAR)).isEqualTo(3L);
  }

  @Test
  void noEventsNoJoin() {
    assertThat(EventMatch.best(Map.of(), BAR)).isZero();
    assertThat(new EventMatch().average()).isNegative();
  }

  @Test
  void reportsInTheArticlesOwnLanguageDecideAnEventTheOtherLanguageCannotOverrule() {
    // the day after a launch: the Chinese launch reports speak against the Chinese orders
    // report, the English launch reports' weaker cross-language margins must not pull it in
    Map<Long, EventMatch> sameLanguage = Map.of(1L, margins(-3.6, -2.2));
    Map<Long, EventMatch> otherLanguage = new LinkedHashMap<>();
    otherLanguage.put(1L, margins(0.16, 0.12));

    assertThat(EventMatch.choose(sameLanguage, BAR, otherLanguage, 0.1)).isZero();
  }

  @Test
  void anEventReportedOnlyInTheOtherLanguageIsJoinedByItsReports() {
    Map<Long, EventMatch> sameLanguage = Map.of(1L, margins(-3.6));
    Map<Long, EventMatch> otherLanguage = new LinkedHashMap<>();
    otherLanguage.put(1L, margins(0.3));
    otherLanguage.put(2L, margins(0.2, 0.15));

    assertThat(EventMatch.choose(sameLanguage, BAR, otherLanguage, 0.1)).isEqualTo(2L);
  }

  @Test
  void anEventMatchedInTheArticlesOwnLanguageComesFirst() {
    Map<Long, EventMatch> sameLanguage = Map.of(1L, margins(3.0));
    Map<Long, EventMatch> otherLanguage = Map.of(2L, margins(0.9));

    assertThat(EventMatch.choose(sameLanguage, BAR, otherLanguage, 0.1)).isEqualTo(1L);
  }

  /**
   * Issue #6: an event joined on the evidence of its first report alone is checked again when a
   * report arrives that matches that first report and not the one that joined it.
   */
  @Nested
  class ReportsLeavingAnEvent {
    // 1: the return's first report; 2: the hire, reported the day before, which joined it.
    private final Map<String, Double> between = Map.of("1-2", 2.1, "1-3", 2.0, "2-3", -0.4);

    private double margin(EventMatch.Report x, EventMatch.Report y) {
      long a = Math.min(x.doc().id(), y.doc().id());
      long b = Math.max(x.doc().id(), y.doc().id());
      return between.getOrDefault(a + "-" + b, 0.0);
    }

    private EventMatch event(double... marginsToTheArticle) {
      EventMatch match = new EventMatch();
      for (int i = 0; i < marginsToTheArticle.length; i++) {
        match.add(new EventMatch.Report(doc(i + 1), null, marginsToTheArticle[i]));
      }
      return match;
    }

    @Test
    void aReportUnlikeTheArticleAndTheRestLeavesSoThatTheArticleJoinsTheRest() {
      // the return's second report (3): like the first report (2.0), unlike the hire (-0.4)
      EventMatch event = event(2.0, -0.4);

      assertThat(event.average()).isLessThan(BAR_OF_AVERAGES);
      assertThat(event.leavers(this::margin, BAR_OF_AVERAGES, d -> true))
          .extracting(Doc::id).containsExactly(2L);
    }

    @Test
    void theEventsFirstReportNeverLeaves() {
      EventMatch event = event(2.0, -0.4);

      assertThat(event.leavers(this::margin, BAR_OF_AVERAGES, d -> d.id() != 2)).isEmpty();
    }

    @Test
    void nobodyLeavesWhenTheArticleWouldStillNotJoinTheRest() {
      EventMatch event = event(1.0, -0.4);

      assertThat(event.leavers(this::margin, BAR_OF_AVERAGES, d -> true)).isEmpty();
    }

    @Test
    void aReportHeldByTheArticleStays() {
      // the article matches both of the event's reports: nobody leaves
      EventMatch event = event(2.0, 1.8);

      assertThat(event.leavers(this::margin, BAR_OF_AVERAGES, d -> true)).isEmpty();
    }
  }

  private static final double BAR_OF_AVERAGES = 1.5;

  private static Doc doc(long id) {
    SparseVector none = SparseVector.EMPTY;
    return new Doc(id, 0, true, none, none, none, none, List.of(), new int[0], new int[0],
        new int[0], new int[0], ArticleRegions.NONE, new int[0]);
  }
}
