package dev.newsbridge.web;

import static dev.newsbridge.web.FeedDocuments.child;
import static dev.newsbridge.web.FeedDocuments.children;
import static dev.newsbridge.web.FeedDocuments.link;
import static dev.newsbridge.web.FeedDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

/** The Atom, RSS and JSON feeds, parsed as strict clients parse them. */
class NewsSiteFeedsTest {
  @SeededDesk static TestDesk desk;

  static String site(String path) {
    return desk.site().url().resolve(path).toString();
  }

  @Nested
  class Atom {
    HttpResponse<String> response = desk.get("/feed.atom");
    Element feed = FeedDocuments.xml(response.body()).getDocumentElement();

    Element entry(String key) {
      return children(feed, "entry").stream()
          .filter(e -> text(e, "id").equals(site(desk.articlePath(key))))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void isServedAsAtomInUtf8() {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/atom+xml; charset=utf-8");
      assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void hasTheFeedElementsRfc4287Requires() {
      assertThat(feed.getNamespaceURI()).isEqualTo(FeedDocuments.ATOM);
      assertThat(feed.getLocalName()).isEqualTo("feed");
      assertThat(text(feed, "id")).isEqualTo(site("/"));
      assertThat(text(feed, "title")).isEqualTo("Newsbridge");
      assertThat(link(feed, "self")).isEqualTo(site("/feed.atom"));
      assertThat(link(feed, "alternate")).isEqualTo(site("/"));
      assertThat(text(child(feed, "author"), "name")).isEqualTo("Newsbridge");
      assertThat(OffsetDateTime.parse(text(feed, "updated")))
          .isEqualTo(OffsetDateTime.parse("2023-11-21T04:10:00Z"));
    }

    @Test
    void listsEveryArticleNewestFirstWithTheElementsEachEntryRequires() {
      List<Element> entries = children(feed, "entry");

      assertThat(entries).hasSize(5);
      assertThat(entries.stream().map(e -> text(e, "title")).toList())
          .containsExactlyElementsOf(DeskArticles.TITLES_NEWEST_FIRST);
      for (Element entry : entries) {
        assertThat(text(entry, "id")).startsWith(site("/articles/"));
        assertThat(link(entry, "alternate")).isEqualTo(text(entry, "id"));
        assertThat(OffsetDateTime.parse(text(entry, "updated"))).isNotNull();
        assertThat(text(child(entry, "author"), "name")).isNotBlank();
        assertThat(child(entry, "content").getAttribute("type")).isEqualTo("text");
        assertThat(child(entry, "summary").getAttribute("type")).isEqualTo("text");
      }
    }

    @Test
    void anEntryCarriesTheTranslationTheReporterTheTimesTheTagsAndTheOriginal() {
      Element board = entry("board");

      assertThat(text(board, "title")).isEqualTo(DeskArticles.BOARD_TITLE);
      assertThat(text(child(board, "author"), "name")).isEqualTo("Hu Hanyan");
      assertThat(text(board, "published")).isEqualTo("2023-11-18T02:00:00Z");
      assertThat(text(board, "updated")).isEqualTo("2023-11-18T02:10:00Z");
      assertThat(link(board, "related"))
          .isEqualTo("https://www.thepaper.example/newsDetail_forward_1001");
      assertThat(text(board, "content")).contains("Sam Altman", "Ilya Sutskever", "\n\n");
      assertThat(children(board, "category").stream().map(c -> c.getAttribute("label")))
          .contains("Sam Altman", "OpenAI", "AI safety");
      assertThat(children(board, "category").stream().map(c -> c.getAttribute("term")))
          .contains("sam-altman", "openai", "ai-safety");
      assertThat(board.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
          .isEqualTo("en");
    }

    @Test
    void anUntranslatedEntryIsMarkedChineseAndCreditsTheOutlet() {
      Element summit = entry("summit");

      assertThat(summit.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
          .isEqualTo("zh");
      assertThat(text(child(summit, "author"), "name")).isEqualTo("澎湃新闻");
    }
  }

  @Nested
  class Rss {
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    HttpResponse<String> response = desk.get("/feed.rss");
    Element rss = FeedDocuments.xml(response.body()).getDocumentElement();
    Element channel = children(rss, null, "channel").get(0);

    Element item(String key) {
      return children(channel, null, "item").stream()
          .filter(i -> text(i, null, "link").equals(site(desk.articlePath(key))))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void isServedAsRssInUtf8() {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/rss+xml; charset=utf-8");
      assertThat(rss.getLocalName()).isEqualTo("rss");
      assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    }

    @Test
    void hasTheChannelElementsRss2RequiresAndASelfLink() {
      assertThat(text(channel, null, "title")).isEqualTo("Newsbridge");
      assertThat(text(channel, null, "link")).isEqualTo(site("/"));
      assertThat(text(channel, null, "description")).isNotBlank();
      assertThat(link(channel, "self")).isEqualTo(site("/feed.rss"));
      assertThat(
              ZonedDateTime.parse(
                  text(channel, null, "lastBuildDate"), DateTimeFormatter.RFC_1123_DATE_TIME))
          .isEqualTo(ZonedDateTime.parse("2023-11-21T04:10:00Z"));
    }

    @Test
    void listsTheSameArticlesAsTheAtomFeedNewestFirst() {
      assertThat(children(channel, null, "item").stream().map(i -> text(i, null, "title")))
          .containsExactlyElementsOf(DeskArticles.TITLES_NEWEST_FIRST);
    }

    @Test
    void anItemCarriesAPermalinkThePublicationTimeTheReporterTagsAndTheText() {
      Element board = item("board");

      Element guid = children(board, null, "guid").get(0);
      assertThat(guid.getTextContent()).isEqualTo(site(desk.articlePath("board")));
      assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
      assertThat(
              ZonedDateTime.parse(text(board, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME))
          .isEqualTo(ZonedDateTime.parse("2023-11-18T02:00:00Z"));
      assertThat(text(board, DC, "creator")).isEqualTo("Hu Hanyan");
      assertThat(children(board, null, "category").stream().map(Element::getTextContent))
          .contains("Sam Altman", "OpenAI", "AI safety");
      assertThat(text(board, CONTENT, "encoded"))
          .startsWith("<p>")
          .contains("Ilya Sutskever", "</p><p>");
    }
  }

  @Nested
  class JsonFeed {
    HttpResponse<String> response = desk.get("/feed.json");
    JsonNode feed = FeedDocuments.json(response.body());

    JsonNode item(String key) {
      return StreamSupport.stream(feed.get("items").spliterator(), false)
          .filter(i -> i.get("id").asText().equals(site(desk.articlePath(key))))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void isServedAsAJsonFeed() {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/feed+json; charset=utf-8");
    }

    @Test
    void hasTheTopLevelFieldsOfVersionOnePointOne() {
      assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
      assertThat(feed.get("title").asText()).isEqualTo("Newsbridge");
      assertThat(feed.get("home_page_url").asText()).isEqualTo(site("/"));
      assertThat(feed.get("feed_url").asText()).isEqualTo(site("/feed.json"));
      assertThat(feed.get("items")).hasSize(5);
    }

    @Test
    void anItemCarriesTextDatesAuthorsTagsAndLanguage() {
      JsonNode board = item("board");

      assertThat(board.get("url").asText()).isEqualTo(site(desk.articlePath("board")));
      assertThat(board.get("external_url").asText())
          .isEqualTo("https://www.thepaper.example/newsDetail_forward_1001");
      assertThat(board.get("title").asText()).isEqualTo(DeskArticles.BOARD_TITLE);
      assertThat(board.get("content_text").asText()).contains("Mira Murati", "Elon Musk");
      assertThat(OffsetDateTime.parse(board.get("date_published").asText()))
          .isEqualTo(OffsetDateTime.parse("2023-11-18T10:00:00+08:00"));
      assertThat(board.get("authors").get(0).get("name").asText()).isEqualTo("Hu Hanyan");
      assertThat(board.get("tags"))
          .extracting(JsonNode::asText)
          .contains("Sam Altman", "Microsoft");
      assertThat(board.get("language").asText()).isEqualTo("en");
    }

    @Test
    void anUntranslatedItemIsInChinese() {
      assertThat(item("summit").get("language").asText()).isEqualTo("zh");
      assertThat(item("summit").get("title").asText())
          .isEqualTo(DeskArticles.SUMMIT_ORIGINAL_TITLE);
    }
  }

  @Nested
  class FeedsOfOneTagOrOneSource {
    @Test
    void aTagFeedHoldsOnlyTheArticlesWithThatTagNewestFirst() {
      Element feed = FeedDocuments.xml(desk.get("/tags/sam-altman/feed.atom").body())
          .getDocumentElement();

      assertThat(text(feed, "title")).isEqualTo("Newsbridge: Sam Altman");
      assertThat(link(feed, "self")).isEqualTo(site("/tags/sam-altman/feed.atom"));
      assertThat(link(feed, "alternate")).isEqualTo(site("/tags/sam-altman"));
      assertThat(children(feed, "entry").stream().map(e -> text(e, "title")))
          .containsExactly(DeskArticles.HIRES_TITLE, DeskArticles.BOARD_TITLE);
    }

    @Test
    void aSourceFeedHoldsOnlyThatOutletsArticlesInEveryFormat() {
      String base = "/sources/" + desk.thePaper.id() + "/";
      Element rss = FeedDocuments.xml(desk.get(base + "feed.rss").body()).getDocumentElement();
      JsonNode json = FeedDocuments.json(desk.get(base + "feed.json").body());

      Element channel = children(rss, null, "channel").get(0);
      assertThat(text(channel, null, "title")).isEqualTo("Newsbridge: The Paper");
      assertThat(children(channel, null, "item").stream().map(i -> text(i, null, "title")))
          .containsExactly(
              DeskArticles.HIRES_TITLE, DeskArticles.BOARD_TITLE,
              DeskArticles.SUMMIT_ORIGINAL_TITLE);
      assertThat(json.get("feed_url").asText()).isEqualTo(site(base + "feed.json"));
      assertThat(json.get("items")).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/tags/no-such-tag/feed.rss", "/sources/999999/feed.atom",
        "/sources/abc/feed.json"})
    void aFeedOfNothingThatExistsIsNotFound(String path) {
      assertThat(desk.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void theTagAndSourcePagesAnnounceTheirFeedsToFeedReaders() {
      Document tagPage = Jsoup.parse(desk.get("/tags/sam-altman").body());

      assertThat(tagPage.select("head link[rel=alternate]").eachAttr("href"))
          .contains(
              "/tags/sam-altman/feed.atom", "/tags/sam-altman/feed.rss",
              "/tags/sam-altman/feed.json", "/feed.atom");
      assertThat(tagPage.select("head link[href=/tags/sam-altman/feed.rss]").attr("title"))
          .isEqualTo("Sam Altman (RSS)");
      assertThat(Jsoup.parse(desk.get("/").body()).select("head link[rel=alternate]").eachAttr("href"))
          .containsExactly("/feed.atom", "/feed.rss", "/feed.json");
    }

    @Test
    void theTagAndSourcePagesLinkTheirFeeds() {
      Document tagPage = Jsoup.parse(desk.get("/tags/sam-altman").body());

      assertThat(tagPage.select(".feed-links a").eachAttr("href"))
          .containsExactly(
              "/tags/sam-altman/feed.atom", "/tags/sam-altman/feed.rss",
              "/tags/sam-altman/feed.json");
      assertThat(
              Jsoup.parse(desk.get("/sources/" + desk.demoDaily.id()).body())
                  .select(".feed-links a[href$=feed.rss]")
                  .attr("href"))
          .isEqualTo("/sources/" + desk.demoDaily.id() + "/feed.rss");
    }
  }

  @Test
  void aConfiguredBaseUrlIsUsedForEveryAbsoluteLink() {
    SiteSettings settings =
        SiteSettings.defaults()
            .withSiteName("Bridge Desk")
            .withBaseUrl(URI.create("https://news.example/"));
    try (NewsSite behindProxy =
        new NewsSite(desk.store, desk.index, settings).start("127.0.0.1", 0)) {
      Element feed =
          FeedDocuments.xml(desk.get(behindProxy, "/feed.atom").body()).getDocumentElement();
      JsonNode json = FeedDocuments.json(desk.get(behindProxy, "/feed.json").body());

      assertThat(text(feed, "title")).isEqualTo("Bridge Desk");
      assertThat(link(feed, "self")).isEqualTo("https://news.example/feed.atom");
      assertThat(children(feed, "entry").stream().map(e -> text(e, "id")))
          .allMatch(id -> id.startsWith("https://news.example/articles/"));
      assertThat(json.get("feed_url").asText()).isEqualTo("https://news.example/feed.json");
    }
  }
}
