package dev.newsbridge.web.internal;

import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A followed outlet and its health, as the source page shows it.
 *
 * @param feedUrl the feed address, only when it is an http(s) URL
 * @param lastSuccess null when never fetched successfully
 * @param lastAttempt null when never tried
 * @param nextAttempt when the scheduler visits next; null when as soon as possible
 * @param articlesPerDay recent articles per day, one decimal ("2.4")
 * @param kind what the source URL serves ("feed", "json_feed", "sitemap", "html_listing")
 */
public record SourceView(
    long id,
    String href,
    String name,
    String feedUrl,
    String languageName,
    int errorCount,
    String lastError,
    Times lastSuccess,
    Times lastAttempt,
    Times nextAttempt,
    String articlesPerDay,
    String kind) {

  public static SourceView of(Source source) {
    SourceHealth health = source.health() == null ? SourceHealth.NEW : source.health();
    return new SourceView(
        source.id(),
        Links.source(source.id()),
        source.name(),
        Links.externalOrNull(source.url()),
        source.language() == null ? "detected per article" : Names.languageName(source.language()),
        health.errorCount(),
        health.lastError(),
        utc(health.lastSuccessAt()),
        utc(health.lastAttemptAt()),
        utc(health.nextAttemptAt()),
        String.format(java.util.Locale.ROOT, "%.1f", health.articlesPerDay()),
        source.kind().label());
  }

  public boolean healthy() {
    return errorCount == 0;
  }

  private static Times utc(Instant at) {
    return at == null ? null : Times.of(at.atOffset(ZoneOffset.UTC));
  }
}
