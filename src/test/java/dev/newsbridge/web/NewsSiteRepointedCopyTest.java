package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.story.StoryService;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A content farm's verbatim copy of The Paper's board report, stamped an hour earlier and crediting
 * 澎湃新闻 (The Paper), reached the desk before the report itself (issue #6: a copy points to its
 * original, "earliest published, or the outlet it credits"). The story stage places the farm copy
 * first; when the report arrives it becomes the original, and the site says so.
 */
class NewsSiteRepointedCopyTest {
  @SeededDesk static TestDesk desk;
  static long farmCopy;
  static long board;
  static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void storeTheFarmCopyThenPlaceEverythingInTimeOrder() {
    board = desk.id("board");
    StoredArticle report = desk.store.article(board).orElseThrow();
    Source farm =
        desk.store.addSource("Content Farm", URI.create("https://farm.example/rss"), "zh", false);
    ExtractedArticle o = report.original();
    ExtractedArticle copied =
        new ExtractedArticle(URI.create("https://farm.example/copy-1001"), o.title(), null,
            o.outlet(), o.publishedAt().minusHours(1), o.paragraphs(), "UTF-8", List.of());
    farmCopy =
        desk.store.save(new NewArticle(farm.id(), "zh", copied, report.translation(),
            report.tags(), report.fetchedAt()));

    StoryService.open(desk.store); // places the stored articles oldest first: the copy, then board
  }

  @Test
  void theFarmCopysPageNamesTheReportItCredits() {
    assertThat(desk.get("/articles/" + farmCopy).body())
        .contains("A copy of <a href=\"/articles/" + board + "\"");
  }

  @Test
  void theReportsPageIsNotMarkedAsACopy() {
    assertThat(desk.get("/articles/" + board).body()).doesNotContain("class=\"copy-note\"");
  }

  @Test
  void theApiMarksTheFarmCopyAsACopyOfTheReport() throws Exception {
    JsonNode copy = json.readTree(desk.get("/api/articles/" + farmCopy).body());
    JsonNode original = json.readTree(desk.get("/api/articles/" + board).body());

    assertThat(copy.get("story").get("duplicateOf").asLong()).isEqualTo(board);
    assertThat(original.get("story").get("duplicateOf").isNull()).isTrue();
    assertThat(original.get("story").get("id").asLong())
        .isEqualTo(copy.get("story").get("id").asLong());
  }

  @Test
  void theStoryIsFirstReportedByThePaperWithTheCopyFoldedUnderIt() throws Exception {
    long story = json.readTree(desk.get("/api/articles/" + board).body()).get("story").get("id")
        .asLong();

    JsonNode s = json.readTree(desk.get("/api/stories/" + story).body());
    String page = desk.get("/stories/" + story).body();

    assertThat(s.get("firstReportedBy").get("id").asLong()).isEqualTo(board);
    assertThat(page)
        .contains("1 copy", "<li class=\"copy\"><a href=\"/articles/" + farmCopy + "\"");
  }
}
