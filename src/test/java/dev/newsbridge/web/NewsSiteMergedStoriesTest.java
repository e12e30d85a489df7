package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.store.StoryMember;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stories found to be one are merged (issue #6): the merged-away story's addresses lead, for good,
 * to the story it is part of now, and its articles say where they are. The board story absorbed
 * the hires story; the summit story stands alone.
 */
class NewsSiteMergedStoriesTest {
  @SeededDesk static TestDesk desk;
  static long board;
  static long hires;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void mergeTheHiresStoryIntoTheBoardStory() {
    board = desk.id("board");
    hires = desk.id("hires");
    long summit = desk.id("summit");
    desk.store.saveStoryMember(new StoryMember(board, board, board, 0));
    desk.store.saveStoryMember(new StoryMember(hires, hires, hires, 0));
    desk.store.saveStoryMember(new StoryMember(desk.id("injection"), hires, hires, hires));
    desk.store.saveStoryMember(new StoryMember(summit, summit, summit, 0));

    desk.store.mergeStories(board, List.of(hires));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/stories/%d, /stories/%d",
    "/stories/%d/feed.atom, /stories/%d/feed.atom",
    "/api/stories/%d, /api/stories/%d"
  })
  void aMergedAwayStorysAddressMovesPermanentlyToTheMergedStory(String from, String to) {
    HttpResponse<String> r = desk.get(from.formatted(hires));

    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith(to.formatted(board)));
  }

  @Test
  void theMergedStoryHoldsEveryReportOfBoth() throws Exception {
    JsonNode s = json.readTree(desk.get("/api/stories/" + board).body());

    assertThat(s.get("id").asLong()).isEqualTo(board);
    assertThat(s.get("articles").asInt()).isEqualTo(3);
    assertThat(desk.get("/stories/" + board).body()).contains("/articles/" + hires);
  }

  @Test
  void theListingShowsTheMergedStoryOnce() throws Exception {
    JsonNode list = json.readTree(desk.get("/api/stories").body());

    assertThat(list.get("total").asLong()).isEqualTo(2);
    assertThat(list.get("items").findValues("id")).extracting(JsonNode::asLong)
        .doesNotContain(hires);
  }

  @Test
  void anArticleOfTheMergedAwayStoryNamesTheMergedStoryInTheApi() throws Exception {
    JsonNode article = json.readTree(desk.get("/api/articles/" + hires).body());

    assertThat(article.get("story").get("id").asLong()).isEqualTo(board);
    assertThat(article.get("story").get("duplicateOf").isNull()).isTrue();
  }

  @Test
  void anArticleInNoStoryHasNoStoryInTheApi() throws Exception {
    JsonNode article = json.readTree(desk.get("/api/articles/" + desk.id("interview")).body());

    assertThat(article.get("story").isNull()).isTrue();
  }

  @Test
  void anArticleIdThatNeverNamedAMergedStoryIsNotFound() {
    assertThat(desk.get("/stories/" + desk.id("injection")).statusCode()).isEqualTo(404);
    assertThat(desk.get("/api/stories/" + desk.id("interview")).statusCode()).isEqualTo(404);
  }
}
