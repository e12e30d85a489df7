package dev.newsbridge.web.internal;

import java.util.List;

/**
 * One story as its page shows it: the headline (the earliest English original's, else the first
 * report's translated), who reported it first, and its timeline, event by event, each report with
 * its copies folded under it. Text fields are plain text (templates escape them).
 *
 * @param firstReport the earliest original report
 * @param events oldest first
 * @param entities the people, organisations and places its reports name, most often named first
 * @param tags its topics (keyphrase tags), most shared first
 */
public record StoryView(
    long id,
    String headline,
    String headlineLang,
    int articles,
    int outlets,
    Times first,
    Times last,
    Report firstReport,
    List<Event> events,
    List<TagLink> entities,
    List<TagLink> tags,
    String feedHref) {

  /** One development: its reports, oldest first. */
  public record Event(Times time, List<Report> reports) {}

  /**
   * One report. {@code copies} are the articles that copy it (verbatim or lightly rewritten).
   *
   * @param lang BCP 47 tag of the title
   * @param copy whether it copies another report (shown as such where copies are not folded)
   */
  public record Report(
      long id,
      String href,
      String title,
      String lang,
      String outlet,
      Times time,
      List<Report> copies,
      boolean copy) {}
}
