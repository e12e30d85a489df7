package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageIndexTest {
  private static final String PAGE =
      "<html lang=zh><head><title>标题_网站</title><meta property=og:title content=标题>"
          + "<link rel=canonical href=https://example.com/a>"
          + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"标题\"}</script>"
          + "</head><body><h1>标题</h1><h2 class=sub>副标题</h2><div class=ArticleTitle>x</div>"
          + "<div hidden><time datetime=2020-01-01>隐藏</time></div>"
          + "<p><time datetime=2023-11-20T09:15>发布</time><span itemprop=author>王小明</span></p>"
          + "<!-- a comment --></body></html>";

  @Test
  void findsTheMetadataElementsInOneWalkBeforeCleaning() {
    PageIndex index = PageIndex.of(Jsoup.parse(PAGE));

    assertThat(index.metaTags()).extracting(e -> e.attr("property")).containsExactly("og:title");
    assertThat(index.jsonLdScripts()).hasSize(1);
    assertThat(index.links()).extracting(e -> e.attr("href")).containsExactly("https://example.com/a");
    assertThat(index.title().text()).isEqualTo("标题_网站");
    assertThat(index.html().attr("lang")).isEqualTo("zh");
    assertThat(index.h1s()).extracting(e -> e.text()).containsExactly("标题");
    assertThat(index.itemprops()).extracting(e -> e.text()).containsExactly("王小明");
    assertThat(index.headings()).extracting(e -> e.text()).containsExactly("副标题", "x");
  }

  @Test
  void removingTheJunkLeavesTheMetadataReadAndDropsHiddenTimeStamps() {
    Document doc = Jsoup.parse(PAGE);
    PageIndex index = PageIndex.of(doc);
    PageMeta meta = PageMeta.read(index);

    index.removeJunk();

    assertThat(meta.jsonLd("headline")).contains("标题");
    assertThat(doc.head().childNodeSize()).isZero();
    assertThat(doc.body().html()).doesNotContain("隐藏", "comment");
    assertThat(index.timeStamps(doc.body())).extracting(e -> e.attr("datetime"))
        .containsExactly("2023-11-20T09:15");
  }

  @Test
  void cutsTheBodyInItsWalkAsACutAfterCleaningWould() {
    String page = PAGE.replace("<!-- a comment -->",
        "<div class=sidebar>边栏</div><p>一<script>x()</script>二<span hidden>藏</span>三</p>");
    Document walked = Jsoup.parse(page);
    PageIndex index = PageIndex.of(walked, ClassWeights.unlikelyForOnePage());
    index.removeJunk();
    Document cleaned = Jsoup.parse(page);
    PageIndex.of(cleaned).removeJunk();

    assertThat(blockTexts(index.blocks(walked.body())))
        .isEqualTo(blockTexts(PageBlocks.of(cleaned.body(), ClassWeights.unlikelyForOnePage())))
        .contains("一二三");
  }

  @Test
  void cutsAnewWhenTheBodyItselfWasJunk() {
    Document doc = Jsoup.parse("<body hidden><p>藏</p></body>");
    PageIndex index = PageIndex.of(doc, ClassWeights.unlikelyForOnePage());
    index.removeJunk();

    assertThat(index.blocks(doc.body()).blocks()).isEmpty();
  }

  private static List<String> blockTexts(PageBlocks page) {
    return page.blocks().stream().map(b -> b.text() + (b.unlikely() ? " (unlikely)" : "")).toList();
  }

  @Test
  void flattensWhatLiesTooDeep() {
    String deep = "<div>".repeat(DepthLimiter.MAX_DEPTH + 10) + "<p>深<b>处</b></p>";
    PageIndex index = PageIndex.of(Jsoup.parse(deep));

    assertThat(index.flattened()).isTrue();
    assertThat(index.document().body().text()).isEqualTo("深处");
  }
}
