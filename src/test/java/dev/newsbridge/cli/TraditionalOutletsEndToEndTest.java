package dev.newsbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.ingest.IngestListener;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import dev.newsbridge.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlets in Taiwan and Hong Kong write Traditional characters, some still in Big5. A mainland
 * report of Xiaomi's first car (Simplified), a Taipei paper's own report (Traditional, Big5) and a
 * Hong Kong site's repost of the mainland report (converted to Traditional) go through the whole
 * desk: decoded, its reporter and credits read, translated with the names right, searchable in either script, one story, and the
 * repost marked as a copy of the mainland original.
 */
class TraditionalOutletsEndToEndTest {
  private static final String FIXTURES = "traditional-outlets/";

  @TempDir static Path data;
  static LoopbackServer outlets;
  static Desk desk;
  static final Map<String, StoredArticle> byPath = new HashMap<>();

  @BeforeAll
  static void ingestBothOutlets() {
    outlets =
        LoopbackServer.start()
            .serve("/mainland.xml", "application/rss+xml", fixture("mainland-feed.xml"))
            .serve("/island.xml", "application/rss+xml", fixture("island-feed.xml"))
            .serve("/mainland/su7-launch.html", "text/html; charset=utf-8",
                fixture("mainland-su7-launch.html"))
            .serve("/taipei/su7-on-sale.html", "text/html", big5(fixture("taipei-su7-on-sale.html")))
            .serve("/hongkong/su7-repost.html", "text/html; charset=utf-8",
                fixture("hongkong-su7-repost.html"))
            .serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
    desk = Desk.open(data, FetchPolicy.defaults().withMinDelayPerHost(Duration.ZERO));
    desk.store().addSource("澄观新闻", outlets.url("/mainland.xml"), "zh", true);
    desk.store().addSource("北港日報", outlets.url("/island.xml"), "zh", true);
    desk.pipeline().ingestAll(IngestListener.SILENT);
    for (StoredArticle a : desk.store().latest(10, 0).items()) {
      byPath.put(a.original().url().getPath(), a);
    }
  }

  @AfterAll
  static void close() {
    desk.close();
    outlets.close();
  }

  @Test
  void everyPageIsStored() {
    assertThat(byPath).containsOnlyKeys(
        "/mainland/su7-launch.html", "/taipei/su7-on-sale.html", "/hongkong/su7-repost.html");
  }

  @Test
  void theBig5PageKeepsItsTraditionalHeadline() {
    assertThat(taipei().original().title()).isEqualTo("小米首款電動車SU7開賣 雷軍：起售價21.59萬元人民幣");
  }

  @Test
  void theTaipeiReporterAndTheOutletTheRepostCreditsAreReadAsPrinted() {
    assertThat(taipei().original().author()).isEqualTo("王小明");
    assertThat(byPath.get("/hongkong/su7-repost.html").original().outlet()).isEqualTo("澄觀新聞");
  }

  @Test
  void theTraditionalReportIsTranslatedWithTheNamesRight() {
    String english = taipei().translation().title() + "\n"
        + String.join("\n", taipei().translation().paragraphs());

    assertThat(english).contains("Xiaomi", "Lei Jun", "Beijing");
    assertThat(english).doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void theTaipeiReporterIsNamedAsTaiwanSpellsNames() {
    assertThat(taipei().translation().entities())
        .anySatisfy(e -> {
          assertThat(e.original()).isEqualTo("王小明");
          assertThat(e.english()).isEqualTo("Wang Hsiao-ming");
        });
  }

  @Test
  void allThreeReportsAreOneStory() {
    assertThat(byPath.values().stream().map(a -> member(a).storyId()).distinct()).hasSize(1);
  }

  @Test
  void theHongKongRepostIsACopyOfTheMainlandReport() {
    assertThat(member(byPath.get("/hongkong/su7-repost.html")).duplicateOf())
        .isEqualTo(byPath.get("/mainland/su7-launch.html").id());
    assertThat(member(taipei()).isCopy()).isFalse();
  }

  @Test
  void aSearchInEitherScriptFindsAllThree() {
    assertThat(desk.index().search("雷军", 10, 0).total()).isEqualTo(3);
    assertThat(desk.index().search("雷軍", 10, 0).total()).isEqualTo(3);
  }

  @Test
  void aSimplifiedQueryFindsTheTaipeiReportByItsOwnWords() {
    assertThat(desk.index().search("电动车市场", 10, 0).ids()).containsExactly(taipei().id());
  }

  private static StoredArticle taipei() {
    return byPath.get("/taipei/su7-on-sale.html");
  }

  private static StoryMember member(StoredArticle a) {
    return desk.store().storyMember(a.id()).orElseThrow();
  }

  private static byte[] big5(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("Big5"));
  }

  private static byte[] fixture(String name) {
    try (InputStream in =
        TraditionalOutletsEndToEndTest.class.getResourceAsStream(FIXTURES + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + FIXTURES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
