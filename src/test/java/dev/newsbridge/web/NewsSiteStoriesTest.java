package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.store.StoryMember;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story pages and API (issue #6) over stored places: one story of three reports, the hostile
 * one recorded as a copy of the board report, and one story of a single report.
 */
class NewsSiteStoriesTest {
  @SeededDesk static TestDesk desk;
  static long story;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void placeTheSeededArticles() {
    story = desk.id("board");
    long board = desk.id("board");
    desk.store.saveStoryMember(new StoryMember(board, story, board, 0));
    desk.store.saveStoryMember(new StoryMember(desk.id("hires"), story, desk.id("hires"), 0));
    desk.store.saveStoryMember(new StoryMember(desk.id("injection"), story, board, board));
    long summit = desk.id("summit");
    desk.store.saveStoryMember(new StoryMember(summit, summit, summit, 0));
  }

  @Test
  void theStoriesPageListsEveryStoryWithItsSize() {
    String page = desk.get("/stories").body();
    assertThat(page).contains("/stories/" + story, "3 reports", "/stories/" + desk.id("summit"));
  }

  @Test
  void theStoryPageShowsTheFirstReportAndFoldsTheCopy() {
    HttpResponse<String> r = desk.get("/stories/" + story);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.body())
        .contains("First reported by", "1 copy", "<details class=\"copies\"", "/articles/" + desk.id("hires"))
        .doesNotContain("<script>document.title", "<script>alert");
  }

  @Test
  void theCopysPageLinksItsOriginal() {
    String page = desk.get(desk.articlePath("injection")).body();
    assertThat(page).contains("A copy of <a href=\"/articles/" + desk.id("board") + "\"");
  }

  @Test
  void anArticlePageListsTheOtherCoverageAndTheStoryNeighbours() {
    String page = desk.get(desk.articlePath("hires")).body();
    assertThat(page)
        .contains("Other coverage of this story", "/articles/" + desk.id("board"),
            "/stories/" + story)
        .containsAnyOf("Earlier in this story", "Later in this story");
  }

  @Test
  void earlierAndLaterInTheStoryStepOverCopies() {
    Document hires = Jsoup.parse(desk.get(desk.articlePath("hires")).body());
    assertThat(hires.select("a.story-prev").attr("href")).isEqualTo("/articles/" + desk.id("board"));
    assertThat(hires.select("a.story-next")).as("the only later report is a copy").isEmpty();
    Document copy = Jsoup.parse(desk.get(desk.articlePath("injection")).body());
    assertThat(copy.select("a.story-prev").attr("href")).isEqualTo("/articles/" + desk.id("hires"));
  }

  @Test
  void theOtherCoverageBoxMarksTheCopy() {
    String body = desk.get(desk.articlePath("hires")).body();
    String page = body.substring(body.indexOf("Other coverage of this story"));
    String copyLink = "href=\"/articles/" + desk.id("injection") + "\"";
    assertThat(itemAt(page, copyLink)).contains("<span class=\"copy-mark\">copy</span>");
    String boardLink = "href=\"/articles/" + desk.id("board") + "\"";
    assertThat(itemAt(page, boardLink)).doesNotContain("copy-mark");
  }

  /** The list item of {@code page} from {@code start} to its end. */
  private static String itemAt(String page, String start) {
    int from = page.indexOf(start);
    return page.substring(from, page.indexOf("</li>", from));
  }

  @Test
  void anArticleAloneInItsStoryHasNoCoverageBox() {
    assertThat(desk.get(desk.articlePath("summit")).body())
        .doesNotContain("Other coverage of this story");
  }

  @Test
  void theApiGivesTheTimelineWithCopiesMarked() throws Exception {
    JsonNode s = json.readTree(desk.get("/api/stories/" + story).body());
    assertThat(s.get("articles").asInt()).isEqualTo(3);
    List<JsonNode> reports = new ArrayList<>();
    s.get("events").forEach(e -> e.get("reports").forEach(reports::add));
    assertThat(reports).anySatisfy(r -> {
      assertThat(r.get("id").asLong()).isEqualTo(desk.id("injection"));
      assertThat(r.get("duplicateOf").asLong()).isEqualTo(desk.id("board"));
    });
    assertThat(reports).filteredOn(r -> r.get("id").asLong() == desk.id("hires"))
        .allSatisfy(r -> assertThat(r.get("duplicateOf").isNull()).isTrue());
  }

  @Test
  void theApiCreditsEachReportsOutletAsCreditedAndInEnglish() throws Exception {
    JsonNode s = json.readTree(desk.get("/api/stories/" + story).body());
    List<JsonNode> reports = new ArrayList<>();
    s.get("events").forEach(e -> e.get("reports").forEach(reports::add));

    assertThat(reports).filteredOn(r -> r.get("id").asLong() == desk.id("hires"))
        .singleElement().satisfies(r -> {
          assertThat(r.get("outlet").asText()).isEqualTo("澎湃新闻");
          assertThat(r.get("outletEnglish").asText()).isEqualTo("The Paper");
        });
  }

  @Test
  void theStoryPageShowsWhoAndWhereApartFromItsTopics() {
    String page = desk.get("/stories/" + story).body();

    assertThat(page).contains("Who and where", "Topics");
    String entities = page.substring(page.indexOf("Who and where"), page.indexOf("Topics"));
    assertThat(entities).contains("Sam Altman", "/tags/openai").doesNotContain("AI safety");
  }

  @Test
  void theApiGivesTheStorysEntitiesBesideItsTags() throws Exception {
    JsonNode s = json.readTree(desk.get("/api/stories/" + story).body());

    assertThat(s.get("entities").findValuesAsText("name")).contains("Sam Altman", "OpenAI")
        .doesNotContain("AI safety");
    assertThat(s.get("entities").findValuesAsText("kind")).doesNotContain("topic");
    assertThat(s.get("tags").findValuesAsText("name")).contains("AI safety", "Sam Altman");
  }

  @Test
  void theApiListsStories() throws Exception {
    JsonNode list = json.readTree(desk.get("/api/stories?limit=10").body());
    assertThat(list.get("total").asLong()).isEqualTo(2);
    assertThat(list.get("items").get(0).has("firstReportedBy")).isTrue();
  }

  @Test
  void badStoryIdsAreJsonErrorsAndUnknownStoriesAreNotFound() throws Exception {
    HttpResponse<String> bad = desk.get("/api/stories/abc");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("error").asText()).isNotBlank();
    assertThat(desk.get("/api/stories/999999").statusCode()).isEqualTo(404);
    assertThat(desk.get("/stories/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void theStoryFeedIsAtomWithoutTheCopyAndWithEscapedText() {
    HttpResponse<String> r = desk.get("/stories/" + story + "/feed.atom");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
    assertThat(r.body())
        .contains("<feed", "/articles/" + desk.id("board"), "/articles/" + desk.id("hires"))
        .doesNotContain("/articles/" + desk.id("injection") + "<", "<script>");
  }

  @Test
  void theStoryPageAnnouncesItsFeedToFeedReaders() {
    Document page = Jsoup.parse(desk.get("/stories/" + story).body());

    assertThat(page.select("head link[type=application/atom+xml]").eachAttr("href"))
        .containsExactly("/feed.atom", "/stories/" + story + "/feed.atom");
  }
}
