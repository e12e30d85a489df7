package dev.newsbridge.story;

import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.TextTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/**
 * How the article being placed matches one event: the event margins of the event's reports that
 * were compared with it. The article joins the event it matches best on average (average linkage:
 * by the best single report instead, one close report chains the developments of a busy story into
 * one event).
 */
final class EventMatch {
  /** One report of the event compared with the article, and their event margin. */
  record Report(Doc doc, TextTerms terms, double margin) {}

  private final List<Report> reports = new ArrayList<>();

  void add(double margin) {
    add(new Report(null, null, margin));
  }

  void add(Report report) {
    reports.add(report);
  }

  double average() {
    return average(reports);
  }

  private static double average(List<Report> reports) {
    return reports.isEmpty()
        ? Double.NEGATIVE_INFINITY
        : reports.stream().mapToDouble(Report::margin).sum() / reports.size();
  }

  /** The margin of the best single report compared. */
  double best() {
    return reports.stream().mapToDouble(Report::margin).max().orElse(Double.NEGATIVE_INFINITY);
  }

  /**
   * The reports that fall out of the event once the article is in it (issue #6): those whose
   * average margin to the event's other compared reports and the article is below {@code bar},
   * among those {@code movable} allows; empty unless the article then matches the remaining
   * reports on average from {@code bar} on. An event joined on the evidence of its first report
   * alone is checked again when a closer report arrives: a hire reported the day before a return
   * joins the return's first report (both retell the whole affair), and the return's next reports
   * match the first and not the hire.
   */
  List<Doc> leavers(ToDoubleBiFunction<Report, Report> margin, double bar, Predicate<Doc> movable) {
    List<Report> out = new ArrayList<>();
    for (Report x : reports) {
      if (x.doc() == null || !movable.test(x.doc())) {
        continue;
      }
      double sum = x.margin();
      for (Report y : reports) {
        if (y != x && y.doc() != null) {
          sum += margin.applyAsDouble(x, y);
        }
      }
      if (sum / reports.size() < bar) {
        out.add(x);
      }
    }
    List<Report> rest = new ArrayList<>(reports);
    rest.removeAll(out);
    boolean joins = !out.isEmpty() && average(rest) >= bar;
    return joins ? out.stream().map(Report::doc).toList() : List.of();
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
