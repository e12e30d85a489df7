package dev.newsbridge.web.internal;

import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The story API's shapes ({@code /api/stories}, {@code /api/stories/{id}}). Field names are the
 * API; change them only additively. Dates are ISO-8601 with offset.
 */
public final class StoryJson {
  private StoryJson() {}

  /** A story in a listing. */
  public record Summary(
      long id,
      String headline,
      int articles,
      int outlets,
      OffsetDateTime firstReportedAt,
      OffsetDateTime lastReportedAt,
      Report firstReportedBy) {}

  /**
   * A story with its timeline: events oldest first, each with its reports (copies included);
   * {@code tags} all its top tags, {@code entities} those that are people, organisations or places.
   */
  public record Story(
      long id,
      String headline,
      int articles,
      int outlets,
      Report firstReportedBy,
      List<Event> events,
      List<ApiJson.TagJson> tags,
      List<ApiJson.TagJson> entities) {}

  public record Event(long id, List<Report> reports) {}

  /**
   * One report; {@code outletEnglish} is the English name the translation gives the outlet (null
   * when none, or the same); {@code duplicateOf} is the id of the article it copies, null for an
   * original.
   */
  public record Report(
      long id,
      String title,
      String outlet,
      String outletEnglish,
      String language,
      OffsetDateTime publishedAt,
      Long duplicateOf) {}

  static Summary summary(long id, StoryViews.Loaded s) {
    StoredArticle first = s.firstOriginal();
    return new Summary(
        id,
        ArticleViews.titleOrPlaceholder(s.headlineReport().displayTitle()),
        s.members().size(),
        s.outlets(),
        s.article(s.members().get(0)).sortTime(),
        s.article(s.members().get(s.members().size() - 1)).sortTime(),
        report(first, null));
  }

  static Story story(long id, StoryViews.Loaded s) {
    java.util.Map<Long, java.util.List<Report>> events = new java.util.LinkedHashMap<>();
    for (StoryMember m : s.members()) {
      events.computeIfAbsent(m.eventId(), k -> new java.util.ArrayList<>())
          .add(report(s.article(m), m));
    }
    StoredArticle first = s.firstOriginal();
    return new Story(
        id,
        ArticleViews.titleOrPlaceholder(s.headlineReport().displayTitle()),
        s.members().size(),
        s.outlets(),
        report(first, null),
        events.entrySet().stream().map(e -> new Event(e.getKey(), e.getValue())).toList(),
        StoryViews.topTags(s).stream().map(ApiJson.TagJson::of).toList(),
        StoryViews.topTags(s, StoryViews::entity).stream().map(ApiJson.TagJson::of).toList());
  }

  static Report report(StoredArticle a, StoryMember m) {
    String outlet = ArticleViews.outlet(a);
    return new Report(
        a.id(),
        ArticleViews.titleOrPlaceholder(a.displayTitle()),
        outlet,
        Names.english(outlet, a.translation()),
        a.language(),
        a.sortTime(),
        m == null || !m.isCopy() ? null : m.duplicateOf());
  }
}
