package dev.newsbridge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** OPML in and out: bad outlines skipped, hostile documents refused as a whole, bounded. */
class OpmlTest {

  @Nested
  class Reading {
    @Test
    void readsEveryGoodOutlineAndReportsTheBadOneWithoutStopping() throws FeedException {
      Opml.Subscriptions subs = Opml.read(fixture("opml/four-outlines-one-not-http.opml"));

      assertThat(subs.outlines())
          .extracting(
              o -> o.url().toString(),
              Opml.Outline::title,
              Opml.Outline::language,
              Opml.Outline::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "https://harbour.example/feed.xml", "Harbour Daily", "zh", SourceKind.FEED),
              org.assertj.core.groups.Tuple.tuple(
                  "https://sitemap.example/news-sitemap.xml",
                  "Sitemap outlet",
                  null,
                  SourceKind.SITEMAP),
              org.assertj.core.groups.Tuple.tuple(
                  "https://evening.example/rss",
                  "<script>Evening</script> Post",
                  null,
                  SourceKind.FEED));
      assertThat(subs.skipped())
          .singleElement()
          .asString()
          .contains("outline 3")
          .contains("not an http(s) URL")
          .contains("javascript:alert(1)");
    }

    @Test
    void storesLanguageTagsInTheirCanonicalFormSinceTheRegionDecidesHowNamesAreSpelled()
        throws FeedException {
      Opml.Subscriptions subs = Opml.read(fixture("opml/language-tags-as-exports-write-them.opml"));

      assertThat(subs.outlines())
          .extracting(Opml.Outline::title, Opml.Outline::language)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Lower-case region", "zh-TW"),
              org.assertj.core.groups.Tuple.tuple("Java locale name", "zh-TW"),
              org.assertj.core.groups.Tuple.tuple("Script subtag", "zh-Hant"),
              org.assertj.core.groups.Tuple.tuple("Blank", null));
      assertThat(subs.skipped())
          .singleElement()
          .asString()
          .contains("outline 4 (Not a tag)")
          .contains("'Chinese (Taiwan)' is not a BCP 47 language tag");
    }

    @Test
    void refusesBillionLaughsAsADoctype() {
      assertThatThrownBy(() -> Opml.read(fixture("opml/billion-laughs.opml")))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("DOCTYPE not allowed");
    }

    @Test
    void neverRequestsAnExternalEntity() {
      try (LoopbackServer canary =
          LoopbackServer.start()
              .serve(
                  "/canary.txt", "text/plain", "CANARY-CONTENT".getBytes(StandardCharsets.UTF_8))) {
        byte[] xxe =
            new String(fixture("opml/xxe-template.opml"), StandardCharsets.UTF_8)
                .replace("CANARY", canary.url("/canary.txt").toString())
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Opml.read(xxe)).hasMessageContaining("DOCTYPE not allowed");
        assertThat(canary.requests()).isEmpty();
      }
    }

    @Test
    void refusesNestingTenThousandDeepWithABoundedError() {
      String deep =
          "<opml><body>"
              + "<outline text='f'>".repeat(10_000)
              + "</outline>".repeat(10_000)
              + "</body></opml>";

      assertThatThrownBy(() -> Opml.read(deep.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(FeedException.class)
          .hasMessage("OPML nested deeper than " + Opml.MAX_DEPTH + " levels");
    }

    @Test
    void refusesAHundredThousandOutlinesWithABoundedError() {
      String many =
          "<opml><body>"
              + "<outline xmlUrl='https://a.example/f'/>".repeat(100_000)
              + "</body></opml>";

      assertThatThrownBy(() -> Opml.read(many.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(FeedException.class)
          .hasMessage("OPML has more than " + Opml.MAX_OUTLINES + " outlines");
    }

    @Test
    void refusesADocumentThatIsNotXml() {
      assertThatThrownBy(() -> Opml.read("{\"not\": \"opml\"}".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(FeedException.class)
          .hasMessageContaining("not a readable OPML document");
    }
  }

  @Test
  void writesSourcesThatReadBackTheSameWithMarkupEscaped() throws FeedException {
    List<Source> sources =
        List.of(
            source(
                1,
                "Harbour <Daily> & \"Co\"",
                "https://harbour.example/feed.xml?a=1&b=2",
                "zh",
                SourceKind.FEED),
            source(
                2, "News sitemap", "https://sitemap.example/news.xml", null, SourceKind.SITEMAP));

    String opml = Opml.write("Newsbridge sources", sources);

    assertThat(opml).doesNotContain("<Daily>");
    assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8)).outlines())
        .extracting(
            Opml.Outline::title,
            o -> o.url().toString(),
            Opml.Outline::language,
            Opml.Outline::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Harbour <Daily> & \"Co\"",
                "https://harbour.example/feed.xml?a=1&b=2",
                "zh",
                SourceKind.FEED),
            org.assertj.core.groups.Tuple.tuple(
                "News sitemap", "https://sitemap.example/news.xml", null, SourceKind.SITEMAP));
  }

  static Source source(long id, String name, String url, String language, SourceKind kind) {
    return new Source(
        id, name, URI.create(url), language, false, Instant.EPOCH, SourceHealth.NEW, kind);
  }

  static byte[] fixture(String name) {
    try (InputStream in = OpmlTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }
}
