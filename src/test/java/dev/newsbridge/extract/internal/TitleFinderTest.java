package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "南方小城试点夜间公交_示例新闻网;-;南方小城试点夜间公交",
        "南方小城试点夜间公交-示例新闻网;-;南方小城试点夜间公交",
        "南方小城试点夜间公交 - 城市 - 示例新闻网;-;南方小城试点夜间公交",
        "City Council Approves Park Plan | The Daily Example;-;City Council Approves Park Plan",
        "City Council Approves Park Plan - The Daily Example;The Daily Example;City Council Approves Park Plan",
        "土豆不“土” 土豆无“土” 松花江网;松花江网;土豆不“土” 土豆无“土”",
        "Well-known author visits city;-;Well-known author visits city",
        "The Daily Example: Council votes;The Daily Example;Council votes",
        "蔡健雅_百度百科;-;蔡健雅",
        "Home | Council Approves Riverside Park Plan After Long Debate;-;Council Approves Riverside Park Plan After Long Debate"
      })
  void cutsTheSiteNameOffATitle(String title, String siteName, String expected) {
    List<String> sites = siteName == null ? List.of() : List.of(siteName);

    assertThat(TitleFinder.withoutSiteName(title, sites)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "新款芯片性能翻倍GPU-示例 电子设计;<div class='cover'><h4>新款芯片性能翻倍GPU</h4></div>;新款芯片性能翻倍GPU",
        "我院举办技能大赛 示例医院;<div class='title'>我院举办技能大赛</div>;我院举办技能大赛",
        "街道调研组走访创业园 东区办事处_示例网;<span class='Title'><b>街道调研组走访创业园</b></span>;街道调研组走访创业园"
      })
  void aHeadingThatBeginsTheTitleShowsWhereTheSiteNameStarts(String title, String body, String expected) {
    Document doc = Jsoup.parse("<title>" + title + "</title>" + body + "<p>正文第一段。</p>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the menu links to the section;<ul class='nav'><li><a href='/tz/'>通知公告</a></li></ul>",
        "a breadcrumb ends with the section;<div class='crumbs'><h3>首页 - 通知公告</h3></div>",
        "a breadcrumb with arrows;<div class='location'>当前位置：首页 > 通知公告</div>"
      })
  void aTitleNamingOnlyTheSectionGivesWayToTheHeadingAboveTheArticle(String why, String where) {
    Document doc =
        Jsoup.parse(
            "<title>通知公告--示例学会官网</title><ul class='nav'><li><a href='/'>首页</a></li></ul>"
                + where
                + "<div class='side'><h4>联系我们</h4></div>"
                + "<h5>示例学会2023年学术年会在江城顺利召开</h5><div>发布时间：2023-11-20</div>"
                + "<p>正文第一段。</p>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text())
        .isEqualTo("示例学会2023年学术年会在江城顺利召开");
  }

  @Test
  void aShortHeadlineThatNoMenuLinksToStaysTheHeadline() {
    Document doc =
        Jsoup.parse(
            "<title>老街改造--示例日报</title><ul class='nav'><li><a href='/'>首页</a></li></ul>"
                + "<h4>今日热点新闻排行榜</h4><p>正文第一段。</p>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isEqualTo("老街改造");
  }

  @Test
  void prefersTheH1ThatAgreesWithTheTitleOverALogoH1() {
    Document doc =
        Jsoup.parse(
            "<title>老街改造中的慢功夫_示例日报</title><h1><a href='/'>示例日报</a></h1>"
                + "<h1>老街改造中的慢功夫</h1>");

    TitleFinder.Title title = TitleFinder.find(doc, PageMeta.read(doc));

    assertThat(title.text()).isEqualTo("老街改造中的慢功夫");
    assertThat(title.element()).isNotNull();
  }

  @Test
  void aSiteNameH1IsNoHeadline() {
    Document doc = Jsoup.parse("<title>土豆不“土” 松花江网</title><h1 class='none'>松花江网</h1>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isEqualTo("土豆不“土”");
  }

  @Test
  void jsonLdHeadlineBeatsAnOpenGraphTitleWithTheSiteName() {
    Document doc =
        Jsoup.parse(
            "<head><title>x</title><meta property='og:title' content='Headline | Site'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Headline\"}"
                + "</script></head><body><p>text</p></body>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isEqualTo("Headline");
  }

  @Test
  void aShortH1AtTheStartOfTheTitleIsTheHeadline() {
    Document doc = Jsoup.parse("<title>蔡健雅_百度百科</title><h1>蔡健雅</h1>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isEqualTo("蔡健雅");
  }

  @Test
  void aPageWithoutAnyTitleHasNone() {
    Document doc = Jsoup.parse("<p>just text</p>");

    assertThat(TitleFinder.find(doc, PageMeta.read(doc)).text()).isNull();
  }
}
