package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.NewArticle;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Taipei paper prints Traditional characters, which browsers draw with other glyph forms than
 * Simplified ones when told so: its original text is marked zh-Hant, a mainland paper's zh.
 */
class NewsSiteTraditionalScriptTest {
  @SeededDesk static TestDesk desk;
  static long taipei;

  @BeforeAll
  static void storeATaipeiReportAwaitingTranslation() {
    Source island =
        desk.store.addSource("北港日報", URI.create("https://beigang.example/rss"), "zh", false);
    ExtractedArticle original = new ExtractedArticle(
        URI.create("https://beigang.example/city/renewal"), "臺北市議會通過老舊公寓更新補助案",
        "王小明", "北港日報", OffsetDateTime.parse("2024-03-29T10:05:00+08:00"),
        List.of("臺北市議會今天三讀通過老舊公寓更新補助案，預計明年起受理申請。"), "Big5", List.of());
    taipei = desk.store.save(
        new NewArticle(island.id(), "zh", original, null, List.of(), Instant.EPOCH));
  }

  @Test
  void theTaipeiReportsOriginalTextIsMarkedTraditional() {
    Document page = Jsoup.parse(desk.get("/articles/" + taipei).body());

    assertThat(page.selectFirst("h1.headline").attr("lang")).isEqualTo("zh-Hant");
    assertThat(page.selectFirst(".article-body").attr("lang")).isEqualTo("zh-Hant");
    assertThat(page.selectFirst(".reporter [lang]").attr("lang")).isEqualTo("zh-Hant");
  }

  @Test
  void aMainlandReportStaysPlainChinese() {
    Document page = Jsoup.parse(desk.get("/articles/" + desk.id("board")).body());

    assertThat(page.selectFirst(".original-title [lang]").attr("lang")).isEqualTo("zh");
  }
}
