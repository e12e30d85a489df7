package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceHealth;
import dev.newsbridge.source.SourceKind;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One line of {@code sources list} carries the kind and the whole health of a source. */
class SourceLineTest {
  static final Instant ADDED = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void aFailingSourceShowsItsErrorsRateAndNextAttempt() {
    SourceHealth health =
        new SourceHealth(
            4,
            "HTTP 503 Service Unavailable",
            Instant.parse("2026-11-26T10:00:00Z"),
            Instant.parse("2026-11-27T10:00:00Z"),
            Instant.parse("2026-11-27T11:20:00Z"),
            12.5);
    Source source =
        new Source(
            7,
            "Harbour Daily",
            URI.create("https://harbour.example/sitemap.xml"),
            "zh",
            false,
            ADDED,
            health,
            SourceKind.SITEMAP);

    assertThat(SourceLine.format(source))
        .isEqualTo(
            "#7  Harbour Daily  https://harbour.example/sitemap.xml  [sitemap, zh]"
                + "  FAILING x4: HTTP 503 Service Unavailable; 12.5 articles/day;"
                + " next attempt 2026-11-27T11:20:00Z");
  }

  @Test
  void aNewSourceIsDueAsSoonAsPossible() {
    Source source =
        new Source(
            1, "New", URI.create("https://new.example/feed"), null, true, ADDED, SourceHealth.NEW);

    assertThat(SourceLine.format(source))
        .contains("[feed, auto, private hosts allowed]")
        .contains("never fetched")
        .endsWith("0.0 articles/day; next attempt as soon as possible");
  }
}
