package dev.newsbridge.story;

import java.util.Map;

/**
 * How the article being placed matches one event: the event margins of the event's reports that
 * were compared with it. The article joins the event it matches best on average (average linkage:
 * by the best single report instead, one close report chains the developments of a busy story into
 * one event).
 */
final class EventMatch {
  private double sum;
  private int reports;

  void add(double margin) {
    sum += margin;
    reports++;
  }

  double average() {
    return reports == 0 ? Double.NEGATIVE_INFINITY : sum / reports;
  }

  /**
   * The event (by id) with the highest average margin from {@code bar} on, or 0 for none; of equal
   * averages the last.
   */
  static long best(Map<Long, EventMatch> events, double bar) {
    long best = 0;
    double bestAverage = bar;
    for (Map.Entry<Long, EventMatch> e : events.entrySet()) {
      double average = e.getValue().average();
      if (average >= bestAverage) {
        bestAverage = average;
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * The event to join: the best by the reports in the article's own language from {@code bar};
   * else the best by the reports in the other language from {@code otherBar}, among the events
   * with no report in the article's language compared (where there is one, it has spoken: a
   * report in one's own language is read far more surely than a translation's words); 0 for
   * none. {@code otherLanguage} may be changed.
   */
  static long choose(Map<Long, EventMatch> sameLanguage, double bar,
      Map<Long, EventMatch> otherLanguage, double otherBar) {
    long event = best(sameLanguage, bar);
    if (event != 0) {
      return event;
    }
    otherLanguage.keySet().removeAll(sameLanguage.keySet());
    return best(otherLanguage, otherBar);
  }
}
