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
}
