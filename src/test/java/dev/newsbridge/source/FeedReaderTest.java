package dev.newsbridge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FeedReader on fixture feeds written for these tests (RELIABILITY.md §3.1 for the hostile ones).
 */
class FeedReaderTest {
  static final URI FEED_URL = URI.create("https://links.example.org/feeds/main.xml");

  final FeedReader reader = new FeedReader();

  @Nested
  class ValidFeeds {
    @Test
    void readsRss2TitlesLinksAuthorsAndDates() throws FeedException {
      Feed feed = read("valid/rss2-two-items-with-dates-and-authors.xml", "application/rss+xml");

      assertThat(feed.title()).isEqualTo("Harbour Town Daily");
      assertThat(feed.entries())
          .containsExactly(
              new FeedEntry(
                  URI.create("https://news.example.org/2025/03/ferry-timetable"),
                  "Ferry timetable changes from Monday",
                  "Lin Mei",
                  Instant.parse("2025-03-01T00:30:00Z")),
              new FeedEntry(
                  URI.create("https://news.example.org/2025/03/bookshop"),
                  "港口新开一家书店",
                  "desk@news.example.org (Zhou Ping)",
                  Instant.parse("2025-02-28T18:00:00Z")));
    }

    @Test
    void readsAtomTakingTheAlternateLinkAndPublishedElseUpdated() throws FeedException {
      Feed feed = read("valid/atom-two-entries-published-and-updated.xml", "application/atom+xml");

      assertThat(feed.title()).isEqualTo("Riverside Courier");
      assertThat(feed.entries())
          .containsExactly(
              new FeedEntry(
                  URI.create("https://courier.example.net/bridge-reopens"),
                  "Bridge reopens after repairs",
                  "Chen Yu",
                  Instant.parse("2025-03-01T07:15:00Z")),
              new FeedEntry(
                  URI.create("https://courier.example.net/market-day"),
                  "Market day moves to Saturday",
                  null,
                  Instant.parse("2025-02-27T12:00:00Z")));
    }

    @Test
    void readsRss091() throws FeedException {
      Feed feed = read("valid/rss091-one-item.xml", "text/xml");

      assertThat(feed.entries())
          .singleElement()
          .satisfies(
              entry -> {
                assertThat(entry.link())
                    .isEqualTo(URI.create("http://bulletin.example.com/library-hours"));
                assertThat(entry.title()).isEqualTo("Library hours extended");
                assertThat(entry.publishedAt()).isNull();
              });
    }

    @Test
    void readsAFetchedResourceAgainstItsFinalUrl() throws FeedException {
      FetchedResource resource =
          new FetchedResource(
              URI.create("https://old.example.org/rss"),
              FEED_URL,
              200,
              "application/rss+xml",
              fixture("links/rss2-relative-and-hostile-links.xml"),
              Validators.NONE,
              Instant.EPOCH);

      assertThat(reader.read(resource).entries())
          .first()
          .extracting(FeedEntry::link)
          .isEqualTo(URI.create("https://links.example.org/world/story-1"));
    }
  }

  @Nested
  class Links {
    @Test
    void resolvesRelativeLinksAgainstTheFeedUrlAndKeepsOnlyHttpLinks() throws FeedException {
      Feed feed = read("links/rss2-relative-and-hostile-links.xml", "application/rss+xml");

      assertThat(feed.entries())
          .extracting(FeedEntry::title, e -> e.link().toString())
          .containsExactly(
              tuple("root-relative", "https://links.example.org/world/story-1"),
              tuple("path-relative", "https://links.example.org/feeds/story-2.html"),
              tuple("protocol-relative", "https://cdn.example.org/story-3"),
              tuple("absolute with spaces", "https://links.example.org/a%20b"),
              tuple("guid as permalink", "https://links.example.org/story-4"));
    }

    @Test
    void withoutABaseUrlRelativeLinksAreDropped() throws FeedException {
      Feed feed = reader.read(fixture("links/rss2-relative-and-hostile-links.xml"), null, null);

      assertThat(feed.entries())
          .extracting(FeedEntry::title)
          .containsExactly("absolute with spaces", "guid as permalink");
    }
  }

  @Test
  void titlesAndAuthorsArePlainTextWithoutMarkup() throws FeedException {
    Feed feed = read("text/rss2-markup-in-titles-and-authors.xml", "application/rss+xml");

    assertThat(feed.title()).isEqualTo("Bold Outlet");
    assertThat(feed.entries())
        .extracting(FeedEntry::title, FeedEntry::author)
        .containsExactly(
            tuple("Budget passes vote", "Wang Fang"),
            tuple("Rain & wind expected", null),
            tuple(null, null));
  }

  @Nested
  class HostileXml {
    @ParameterizedTest
    @ValueSource(strings = {"hostile/billion-laughs-rss.xml", "hostile/billion-laughs-atom.xml"})
    void billionLaughsIsRefusedAsADoctypeWithoutExpanding(String fixture) {
      FeedException e =
          assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(fixture(fixture)));

      assertThat(e).hasMessageStartingWith("DOCTYPE not allowed");
    }

    @Test
    void anExternalFileEntityIsRefusedAndItsContentNeverAppears(@TempDir Path dir)
        throws IOException {
      Path canary = Files.writeString(dir.resolve("canary.txt"), "CANARY-FILE-CONTENT-3b1f");
      String feed =
          fixtureText("hostile/xxe-file-entity.xml")
              .replace("CANARY_FILE_URI", canary.toUri().toString());

      FeedException e = failure(feed.getBytes(StandardCharsets.UTF_8));

      assertThat(e).hasMessageStartingWith("DOCTYPE not allowed");
      assertThat(messagesOf(e)).noneMatch(m -> m.contains("CANARY-FILE-CONTENT"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "hostile/xxe-http-entity.xml",
          "hostile/external-dtd.xml",
          "hostile/parameter-entity.xml"
        })
    void nothingDeclaredInADoctypeIsFetched(String fixture) throws IOException {
      try (CanaryServer canary = new CanaryServer()) {
        String feed = fixtureText(fixture).replace("CANARY_URL", canary.baseUrl());

        FeedException e = failure(feed.getBytes(StandardCharsets.UTF_8));

        assertThat(e).hasMessageStartingWith("DOCTYPE not allowed");
        assertThat(messagesOf(e)).noneMatch(m -> m.contains("CANARY-HTTP-CONTENT"));
        assertThat(canary.requests()).isZero();
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss", "atom"})
    void aHundredThousandNestedElementsAreABoundedError(String kind) {
      String nested = "<x>".repeat(100_000) + "</x>".repeat(100_000);
      String feed =
          kind.equals("rss")
              ? "<rss version=\"2.0\"><channel><title>t</title><item><title>deep</title>"
                  + "<link>https://deep.example.org/1</link><description>"
                  + nested
                  + "</description></item></channel></rss>"
              : "<feed"
                    + " xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>deep</title><content"
                    + " type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                  + nested
                  + "</div></content></entry></feed>";

      FeedException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> failure(feed.getBytes(StandardCharsets.UTF_8)));

      assertThat(e).hasMessageStartingWith("elements nested deeper than 512");
    }
  }

  @Nested
  class MessyXml {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            messy/utf8-bom-then-whitespace.xml    | BOM then whitespace     | one
            messy/junk-before-prolog.xml          | Junk before the prolog  | one
            messy/illegal-control-characters.xml  | Control chars here      | Verticaltab
            messy/html-named-entities.xml         | Café News — daily       | one…
            """)
    void isRepairedAndRead(String fixture, String title, String entryTitle) throws FeedException {
      Feed feed = read(fixture, "application/rss+xml");

      assertThat(feed.title()).isEqualTo(title);
      assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly(entryTitle);
    }
  }

  @Nested
  class Encodings {
    @ParameterizedTest(name = "{0} with Content-Type {1}")
    @CsvSource(
        delimiter = '|',
        nullValues = "none",
        textBlock =
            """
            encoding/gbk-feed-labelled-gb2312.xml          | none
            encoding/gbk-feed-labelled-gb2312.xml          | application/rss+xml
            encoding/gbk-feed-without-encoding-in-prolog.xml | text/xml; charset=GBK
            encoding/gbk-feed-without-encoding-in-prolog.xml | text/xml; charset="gb2312"
            encoding/gbk-feed-without-encoding-in-prolog.xml | text/xml; charset=x-gbk
            encoding/gbk-feed-labelled-gb2312.xml          | text/xml; charset=utf-8
            encoding/gbk-feed-without-encoding-in-prolog.xml | application/rss+xml; charset=utf-8
            """)
    void gbkBytesUnderAGbLabelDecodeAsGb18030KeepingCharactersOutsideGb2312(
        String fixture, String contentType) throws FeedException {
      Feed feed = read(fixture, contentType);

      assertThat(feed.title()).isEqualTo("南方晨报");
      assertThat(feed.entries())
          .singleElement()
          .satisfies(
              entry -> {
                assertThat(entry.title()).isEqualTo("朱镕基回忆录再版");
                assertThat(entry.author()).isEqualTo("记者 胡晓");
              });
    }

    @Test
    void theHttpCharsetWinsOverTheProlog() throws FeedException {
      byte[] latin1 =
          ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
               + "<title>Caf\u00e9</title><link>https://x.example/</link><description>d</description>"
               + "</channel></rss>")
              .getBytes(StandardCharsets.ISO_8859_1);

      assertThat(reader.read(latin1, "text/xml; charset=iso-8859-1", FEED_URL).title())
          .isEqualTo("Caf\u00e9");
    }
  }

  @Nested
  class NotFeeds {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            not-feeds/html-page.html        | not an RSS or Atom feed: the document is HTML
            not-feeds/xml-not-a-feed.xml    | not an RSS or Atom feed
            not-feeds/truncated-rss.xml     | malformed XML:
            """)
    void failsWithAReason(String fixture, String reason) {
      assertThat(failure(fixture(fixture)))
          .hasMessageStartingWith(reason)
          .hasMessageEndingWith("(" + FEED_URL + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n  "})
    void anEmptyBodyIsAnEmptyDocument(String body) {
      assertThat(failure(body.getBytes(StandardCharsets.UTF_8)))
          .hasMessageStartingWith("empty document");
    }

    @Test
    void aNotModifiedAnswerHasNothingToRead() {
      FetchedResource notModified =
          new FetchedResource(
              FEED_URL, FEED_URL, 304, null, new byte[0], Validators.NONE, Instant.EPOCH);

      assertThat(catchThrowableOfType(FeedException.class, () -> reader.read(notModified)))
          .hasMessageContaining("304 Not Modified");
    }
  }

  private Feed read(String fixture, String contentType) throws FeedException {
    return reader.read(fixture(fixture), contentType, FEED_URL);
  }

  private FeedException failure(byte[] body) {
    return catchThrowableOfType(
        FeedException.class, () -> reader.read(body, "application/xml", FEED_URL));
  }

  static byte[] fixture(String name) {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixtureText(String name) {
    return new String(fixture(name), StandardCharsets.UTF_8);
  }

  static List<String> messagesOf(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }
}
