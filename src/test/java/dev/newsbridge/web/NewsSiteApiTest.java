package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The read-only JSON API: shapes, paging and errors. */
class NewsSiteApiTest {
  @SeededDesk static TestDesk desk;

  static JsonNode json(String path, int expectedStatus) {
    HttpResponse<String> response = desk.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(expectedStatus);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    return FeedDocuments.json(response.body());
  }

  static List<String> titles(JsonNode listing) {
    return StreamSupport.stream(listing.get("items").spliterator(), false)
        .map(i -> i.get("title").asText())
        .toList();
  }

  static List<String> fieldNames(JsonNode node) {
    return StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(node.fieldNames(), 0), false)
        .toList();
  }

  @Nested
  class Articles {
    @Test
    void listsTheNewestTwentyWithTheTotal() {
      JsonNode listing = json("/api/articles", 200);

      assertThat(fieldNames(listing)).containsExactly("items", "total");
      assertThat(listing.get("total").asLong()).isEqualTo(5);
      assertThat(titles(listing))
          .containsExactlyElementsOf(DeskArticles.TITLES_NEWEST_FIRST);
    }

    @Test
    void pagesWithLimitAndOffset() {
      JsonNode listing = json("/api/articles?limit=2&offset=1", 200);

      assertThat(titles(listing))
          .containsExactly(DeskArticles.HIRES_TITLE, DeskArticles.INTERVIEW_TITLE);
      assertThat(listing.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void aListedArticleHasASummaryInsteadOfTheBody() {
      JsonNode board = json("/api/articles?limit=1&offset=3", 200).get("items").get(0);

      assertThat(board.get("id").asLong()).isEqualTo(desk.id("board"));
      assertThat(board.get("summary").asText()).startsWith("The Paper reporter Hu Hanyan");
      assertThat(board.has("body")).isFalse();
      assertThat(board.get("publishedAt").asText()).isEqualTo("2023-11-18T10:00:00+08:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "limit=0,       limit must be a whole number from 1 to 100",
      "limit=101,     limit must be a whole number from 1 to 100",
      "limit=ten,     limit must be a whole number from 1 to 100",
      "limit=-5,      limit must be a whole number from 1 to 100",
      "limit=99999999999999999999, limit must be a whole number from 1 to 100",
      "offset=-1,     offset must be a whole number from 0 to 1000000",
      "offset=1.5,    offset must be a whole number from 0 to 1000000",
    })
    void aBadLimitOrOffsetIsA400WithTheRule(String query, String error) {
      JsonNode body = json("/api/articles?" + query, 400);

      assertThat(fieldNames(body)).containsExactly("error");
      assertThat(body.get("error").asText()).isEqualTo(error);
    }
  }

  @Nested
  class OneArticle {
    JsonNode board = json("/api/articles/" + desk.id("board"), 200);

    @Test
    void hasExactlyTheDocumentedFields() {
      assertThat(fieldNames(board))
          .containsExactly(
              "id",
              "url",
              "language",
              "originalTitle",
              "title",
              "outlet",
              "author",
              "outletEnglish",
              "authorEnglish",
              "publishedAt",
              "body",
              "originalBody",
              "tags",
              "translation",
              "previous",
              "next",
              "source",
              "story");
    }

    @Test
    void carriesBothTextsAndTheOriginalCredits() {
      assertThat(board.get("url").asText())
          .isEqualTo("https://www.thepaper.example/newsDetail_forward_1001");
      assertThat(board.get("language").asText()).isEqualTo("zh");
      assertThat(board.get("title").asText()).isEqualTo(DeskArticles.BOARD_TITLE);
      assertThat(board.get("originalTitle").asText()).isEqualTo(DeskArticles.BOARD_ORIGINAL_TITLE);
      assertThat(board.get("outlet").asText()).isEqualTo("澎湃新闻");
      assertThat(board.get("author").asText()).isEqualTo("胡含嫣");
      assertThat(board.get("outletEnglish").asText()).isEqualTo("The Paper");
      assertThat(board.get("authorEnglish").asText()).isEqualTo("Hu Hanyan");
      assertThat(board.get("publishedAt").asText()).isEqualTo("2023-11-18T10:00:00+08:00");
      assertThat(board.get("body")).hasSize(3);
      assertThat(board.get("body").get(1).asText()).contains("Ilya Sutskever", "Greg Brockman");
      assertThat(board.get("originalBody")).hasSize(3);
      assertThat(board.get("originalBody").get(0).asText()).contains("奥特曼");
    }

    @Test
    void listsTagsWithNameSlugAndKind() {
      JsonNode altman =
          StreamSupport.stream(board.get("tags").spliterator(), false)
              .filter(t -> t.get("slug").asText().equals("sam-altman"))
              .findFirst()
              .orElseThrow();

      assertThat(fieldNames(altman)).containsExactly("name", "slug", "kind");
      assertThat(altman.get("name").asText()).isEqualTo("Sam Altman");
      assertThat(altman.get("kind").asText()).isEqualTo("person");
    }

    @Test
    void namesTheTranslationEngine() {
      assertThat(board.get("translation").get("engine").asText()).isEqualTo(DeskArticles.ENGINE);
      assertThat(board.get("translation").get("label").asText()).isEqualTo(DeskArticles.LABEL);
    }

    @Test
    void pointsToItsNeighboursAndItsSource() {
      assertThat(board.get("previous").get("id").asLong()).isEqualTo(desk.id("summit"));
      assertThat(board.get("next").get("id").asLong()).isEqualTo(desk.id("hires"));
      assertThat(board.get("next").get("title").asText()).isEqualTo(DeskArticles.HIRES_TITLE);
      assertThat(board.get("source").get("id").asLong()).isEqualTo(desk.thePaper.id());
      assertThat(board.get("source").get("name").asText()).isEqualTo("The Paper");
    }

    @Test
    void anUntranslatedArticleHasNullTranslationAndTheOriginalAsTitle() {
      JsonNode summit = json("/api/articles/" + desk.id("summit"), 200);

      assertThat(summit.get("translation").isNull()).isTrue();
      assertThat(summit.get("title").asText()).isEqualTo(DeskArticles.SUMMIT_ORIGINAL_TITLE);
      assertThat(summit.get("author").isNull()).isTrue();
      assertThat(summit.get("authorEnglish").isNull()).isTrue();
      assertThat(summit.get("outletEnglish").isNull()).isTrue();
      assertThat(summit.get("previous").isNull()).isTrue();
    }
  }

  @Nested
  class Search {
    @Test
    void findsByEnglishAndChineseNames() {
      JsonNode english = json("/api/search?q=Altman", 200);
      JsonNode chinese = json("/api/search?q=%E5%A5%A5%E7%89%B9%E6%9B%BC", 200);

      assertThat(english.get("total").asLong()).isEqualTo(2);
      assertThat(titles(english))
          .containsExactlyInAnyOrder(DeskArticles.BOARD_TITLE, DeskArticles.HIRES_TITLE);
      assertThat(titles(chinese))
          .containsExactlyInAnyOrder(DeskArticles.BOARD_TITLE, DeskArticles.HIRES_TITLE);
    }

    @Test
    void pagesResults() {
      JsonNode second = json("/api/search?q=Altman&limit=1&offset=1", 200);

      assertThat(second.get("items")).hasSize(1);
      assertThat(second.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void anEmptyQueryFindsNothing() {
      JsonNode empty = json("/api/search?q=", 200);

      assertThat(empty.get("items")).isEmpty();
      assertThat(empty.get("total").asLong()).isZero();
    }

    @Test
    void anOverlongQueryIsA400() {
      assertThat(json("/api/search?q=" + "x".repeat(201), 400).get("error").asText())
          .contains("too long");
    }

    @Test
    void pagingBeyondWhatTheIndexServesIsA400() {
      assertThat(json("/api/search?q=Altman&offset=999999", 400).has("error")).isTrue();
    }
  }

  @Nested
  class Errors {
    @Test
    void anUnknownIdIsA404WithAMessage() {
      assertThat(json("/api/articles/999999", 404).get("error").asText())
          .isEqualTo("There is no article 999999.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.0", "99999999999999999999999"})
    void aMalformedIdIsA400NeverAStackTrace(String id) {
      HttpResponse<String> response = desk.get("/api/articles/" + id);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .isEqualTo("{\"error\":\"The article id must be a positive whole number.\"}");
    }

    @Test
    void anUnknownApiAddressIsAJson404() {
      assertThat(json("/api/nothing-here", 404).get("error").asText())
          .isEqualTo("There is nothing at this address.");
    }
  }
}
