package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
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
}
