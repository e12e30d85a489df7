package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.store.StoredArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as both feeds (Atom, JSON Feed) publish it: the site page is its id and link, the
 * outlet's page (http(s) only) a related link, the reporter's English name its author.
 *
 * @param published null when the page gave no publication time
 * @param updated the latest moment we know of: publication or fetch
 * @param originalUrl null unless http(s)
 * @param author reporter (English when known), else the outlet
 * @param language BCP 47 tag of the title and text
 */
record FeedEntry(
    String url,
    String title,
    OffsetDateTime published,
    Instant updated,
    String originalUrl,
    String author,
    String language,
    String summary,
    String text,
    List<Tag> tags) {

  static FeedEntry of(StoredArticle a, Site site) {
    List<String> body = a.displayBody();
    OffsetDateTime published = a.original().publishedAt();
    Instant updated =
        published != null && published.toInstant().isAfter(a.fetchedAt())
            ? published.toInstant()
            : a.fetchedAt();
    return new FeedEntry(
        site.absolute(Links.article(a.id())),
        ArticleViews.titleOrPlaceholder(a.displayTitle()),
        published,
        updated,
        Links.externalOrNull(a.original().url()),
        author(a),
        ArticleViews.titleLang(a),
        body.isEmpty() ? "" : Texts.shorten(body.get(0), ArticleViews.SUMMARY_CHARS),
        String.join("\n\n", body),
        a.tags());
  }

  private static String author(StoredArticle a) {
    String reporter = a.original().author();
    if (reporter == null || reporter.isBlank()) {
      return ArticleViews.outletLine(a);
    }
    String english = Names.english(reporter, a.translation());
    return english != null ? english : reporter;
  }
}
