package dev.newsbridge.cli;

import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;

/** One line of {@code sources list}: id, name, URL and health. */
final class SourceLine {
  private SourceLine() {}

  static String format(Source s) {
    SourceHealth h = s.health();
    String health =
        h.errorCount() > 0
            ? "FAILING x" + h.errorCount() + ": " + h.lastError()
            : h.lastSuccessAt() == null ? "never fetched" : "ok, last fetched " + seconds(h.lastSuccessAt());
    return String.format(
        java.util.Locale.ROOT,
        "#%d  %s  %s  [%s, %s%s]  %s; %.1f articles/day; next attempt %s",
        s.id(),
        s.name(),
        s.url(),
        s.kind().label(),
        s.language() == null ? "auto" : s.language(),
        s.allowPrivateHosts() ? ", private hosts allowed" : "",
        health,
        h.articlesPerDay(),
        h.nextAttemptAt() == null ? "as soon as possible" : seconds(h.nextAttemptAt()));
  }

  /** Times to the second: the sub-second digits are noise on a status line. */
  private static String seconds(java.time.Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
