package dev.newsbridge.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractorTest {
  private static final Instant FETCHED_AT = Instant.parse("2023-11-21T02:00:00Z");
  private static final URI PAGE_URL = URI.create("https://news.example.cn/a/123.html");

  private final ArticleExtractor extractor = new ArticleExtractor();

  static byte[] fixture(String name) {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ExtractedArticle extract(String fixture) {
    return extractor.extract(fixture(fixture), "text/html", PAGE_URL, FETCHED_AT);
  }

  @Nested
  class ChinesePageWithReporterByline {
    final ExtractedArticle article = extract("articles/zh-reporter-byline-with-outlet.html");

    @Test
    void titleIsTheHeadlineWithoutTheSiteName() {
      assertThat(article.title()).isEqualTo("南方小城试点夜间公交 市民出行更方便");
    }

    @Test
    void reporterAndOutletComeFromTheByline() {
      assertThat(article.author()).isEqualTo("胡含嫣");
      assertThat(article.outlet()).isEqualTo("澎湃新闻");
    }

    @Test
    void timeWithoutZoneIsBeijingTime() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-20T09:15+08:00"));
    }

    @Test
    void bodyIsTheParagraphsInOrderWithoutFurniture() {
      assertThat(article.paragraphs())
          .hasSize(5)
          .first()
          .asString()
          .startsWith("入冬以来，南方一座小城开始试点夜间公交线路");
      assertThat(article.paragraphs().get(4)).startsWith("专家认为");
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("责任编辑", "相关新闻", "分享到", "版权所有", "首页", "热门排行", "优惠券",
              "脚本", "澎湃新闻记者", "2023-11-20 09:15");
    }

    @Test
    void canonicalUrlIsTakenWhenHttp() {
      assertThat(article.url()).isEqualTo(URI.create("https://news.example.cn/2023/11/20/night-bus.html"));
    }

    @Test
    void charsetAndNoWarnings() {
      assertThat(article.charset()).isEqualTo("UTF-8");
      assertThat(article.warnings()).isEmpty();
    }
  }

  @Nested
  class ChinesePageWithDatelineAndSourceLine {
    final ExtractedArticle article = extract("articles/zh-dateline-with-source-line.html");

    @Test
    void creditedSourceIsTheOutlet() {
      assertThat(article.outlet()).isEqualTo("新华社");
    }

    @Test
    void reportersInTheDatelineAreTheAuthors() {
      assertThat(article.author()).isEqualTo("张三、李四");
    }

    @Test
    void chineseDateFormatIsRead() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-20T09:15+08:00"));
    }

    @Test
    void datelineParagraphStaysButSourceLineEditorAndPrintBarGo() {
      assertThat(article.paragraphs()).hasSize(3);
      assertThat(article.paragraphs().get(0)).startsWith("新华社北京11月20日电（记者 张三、李四）记者从有关部门获悉");
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("来源：", "编辑：", "打印", "字号", "ICP");
    }

    @Test
    void titleFallsBackToTheTitleTagWithoutTheSiteName() {
      assertThat(article.title()).isEqualTo("我国新建成一批高标准农田");
    }

    @Test
    void withoutCanonicalLinkTheGivenUrlStands() {
      assertThat(article.url()).isEqualTo(PAGE_URL);
    }
  }

  @Nested
  class ChinesePageWithAuthorAndEditorLabelsAndComments {
    final ExtractedArticle article = extract("articles/zh-author-label-and-editor-label.html");

    @Test
    void authorLabelNamesTheAuthorAndEditorLabelDoesNot() {
      assertThat(article.author()).isEqualTo("王小明");
    }

    @Test
    void commentsThatLookLikeProseAreNotBody() {
      assertThat(article.paragraphs()).hasSize(4);
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("网友评论", "小时候常去", "停车点", "老字号");
    }

    @Test
    void siteNameIsTheOutletWhenNothingElseIsCredited() {
      assertThat(article.outlet()).isEqualTo("示例日报");
    }

    @Test
    void publicationTimeComesFromTheLabelledLine() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-19T18:30+08:00"));
    }
  }

  /** The reporter-byline page as a Taiwan outlet would print it, in Traditional characters. */
  @Nested
  class TraditionalPageWithReporterByline {
    final ExtractedArticle article = extract("articles/zh-hant-reporter-byline-with-outlet.html");

    @Test
    void titleIsTheHeadlineAsPrinted() {
      assertThat(article.title()).isEqualTo("南方小城試點夜間公交 市民出行更方便");
    }

    @Test
    void reporterAndOutletComeFromTheBylineInTraditionalCharacters() {
      assertThat(article.author()).isEqualTo("胡含嫣");
      assertThat(article.outlet()).isEqualTo("澎湃新聞");
    }

    @Test
    void timeWithoutZoneIsTaipeiTime() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-20T09:15+08:00"));
    }

    @Test
    void bodyIsTheParagraphsAsPrintedWithoutFurniture() {
      assertThat(article.paragraphs())
          .hasSize(5)
          .first()
          .asString()
          .startsWith("入冬以來，南方一座小城開始試點夜間公交線路");
      assertThat(article.paragraphs().get(4)).startsWith("專家認為");
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("責任編輯", "相關新聞", "分享到", "版權所有", "首頁", "熱門排行", "優惠券",
              "腳本", "澎湃新聞記者", "2023-11-20 09:15");
    }
  }

  /** The author-and-editor-label page as a Hong Kong outlet would print it. */
  @Nested
  class TraditionalPageWithAuthorAndEditorLabelsAndComments {
    final ExtractedArticle article = extract("articles/zh-hant-author-label-and-editor-label.html");

    @Test
    void titleIsTheHeadlineAsPrinted() {
      assertThat(article.title()).isEqualTo("老街改造中的「慢」功夫");
    }

    @Test
    void authorLabelNamesTheAuthorAndEditorLabelDoesNot() {
      assertThat(article.author()).isEqualTo("王小明");
    }

    @Test
    void siteNameIsTheOutletAsPrinted() {
      assertThat(article.outlet()).isEqualTo("示例日報");
    }

    @Test
    void publicationTimeComesFromTheLabelledLine() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-19T18:30+08:00"));
    }

    @Test
    void bodyIsTheParagraphsAsPrintedWithoutTheMetaLineOrComments() {
      assertThat(article.paragraphs())
          .hasSize(4)
          .first()
          .asString()
          .startsWith("老街改造，最難的往往不是施工");
      assertThat(article.paragraphs().get(3)).startsWith("改造完成後，老街的店鋪陸續重新開張");
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("作者：", "編輯：", "發佈時間", "網友評論", "小時候常去", "停車點", "老字號");
    }
  }

  @Nested
  class VeryShortArticle {
    final ExtractedArticle article = extract("articles/zh-very-short-flash.html");

    @Test
    void aOneParagraphFlashStillHasABody() {
      assertThat(article.paragraphs())
          .containsExactly("今晨6时许，本市大部分地区迎来今冬首场降雪，气象部门提醒市民出行注意防滑。");
      assertThat(article.warnings()).isEmpty();
    }

    @Test
    void relativeTimeCountsBackFromTheFetchTime() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-21T07:00+08:00"));
    }
  }

  @Nested
  class EnglishPages {
    @Test
    void jsonLdGivesHeadlineAuthorsPublisherAndTime() {
      ExtractedArticle article = extract("articles/en-json-ld-article.html");

      assertThat(article.title()).isEqualTo("City Council Approves Riverside Park Plan");
      assertThat(article.author()).isEqualTo("Jane Doe, John Roe");
      assertThat(article.outlet()).isEqualTo("The Daily Example");
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-20T14:30-05:00"));
    }

    @Test
    void jsonLdPageBodyDropsShareToolsRelatedLinksAndAdvertisement() {
      ExtractedArticle article = extract("articles/en-json-ld-article.html");

      assertThat(article.paragraphs()).hasSize(4);
      assertThat(String.join("\n", article.paragraphs()))
          .doesNotContain("Share on", "Related", "Advertisement", "All rights reserved", "By Jane");
    }

    @Test
    void canonicalLinkThatIsNotHttpIsIgnored() {
      assertThat(extract("articles/en-json-ld-article.html").url()).isEqualTo(PAGE_URL);
    }

    @Test
    void openGraphTitleLosesTheSiteNameAndMetaAuthorAndTimeAreRead() {
      ExtractedArticle article = extract("articles/en-open-graph-only.html");

      assertThat(article.title()).isEqualTo("Library Extends Weekend Hours");
      assertThat(article.author()).isEqualTo("Maria Lopez");
      assertThat(article.outlet()).isEqualTo("Example Gazette");
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-18T08:00Z"));
      assertThat(article.paragraphs()).hasSize(3);
    }
  }

  @Nested
  class NotAnArticle {
    @Test
    void linkListsGiveNoBodyAndAWarningNotAnException() {
      ExtractedArticle article = extract("not-articles/zh-portal-homepage.html");

      assertThat(article.paragraphs()).isEmpty();
      assertThat(article.warnings()).contains(ArticleExtractor.NO_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "plain text, no markup at all", "<<<>>>&&&"})
    void emptyOrJunkInputGivesAResult(String html) {
      ExtractedArticle article = extractor.extract(html, PAGE_URL, FETCHED_AT);

      assertThat(article.paragraphs().size()).isLessThanOrEqualTo(1);
      assertThat(article.url()).isEqualTo(PAGE_URL);
    }

    @Test
    void emptyBodyBytesGiveAWarning() {
      ExtractedArticle article = extractor.extract(new byte[0], null, PAGE_URL, FETCHED_AT);

      assertThat(article.paragraphs()).isEmpty();
      assertThat(article.warnings()).contains(ArticleExtractor.NO_BODY);
    }
  }

  @Nested
  class Encodings {
    private static final String HEADLINE = "朱镕基题写校名的中学迎来建校百年";

    @ParameterizedTest
    @ValueSource(
        strings = {
          "encodings/gbk-article-labelled-utf8.html",
          "encodings/gbk-article-with-rong-labelled-gb2312.html",
          "encodings/gbk-article-meta-charset-after-byte-1024.html"
        })
    void gbkPagesDecodeWithGb18030WhateverTheirLabel(String file) {
      ExtractedArticle article = extract(file);

      assertThat(article.charset()).isEqualTo("GB18030");
      assertThat(article.title()).isEqualTo(HEADLINE);
      assertThat(article.paragraphs()).hasSize(3).allMatch(p -> !p.contains("\uFFFD"));
      assertThat(article.outlet()).isEqualTo("示例晚报");
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-20T09:15:30+08:00"));
    }

    @Test
    void gbkLabelledUtf8IsRecordedAsAWarning() {
      assertThat(extract("encodings/gbk-article-labelled-utf8.html").warnings())
          .anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void utf8PageLabelledGbkStaysUtf8() {
      ExtractedArticle article = extract("encodings/utf8-article-labelled-gbk.html");

      assertThat(article.charset()).isEqualTo("UTF-8");
      assertThat(article.title()).isEqualTo(HEADLINE);
    }

    @Test
    void mojibakeIsAWarningOnTheArticle() {
      byte[] gbk = fixture("encodings/gbk-article-labelled-utf8.html");
      byte[] withUtf8Bom = new byte[gbk.length + 3];
      withUtf8Bom[0] = (byte) 0xEF; // a byte order mark outranks every label, so GBK is read as UTF-8
      withUtf8Bom[1] = (byte) 0xBB;
      withUtf8Bom[2] = (byte) 0xBF;
      System.arraycopy(gbk, 0, withUtf8Bom, 3, gbk.length);

      ExtractedArticle article = extractor.extract(withUtf8Bom, null, PAGE_URL, FETCHED_AT);

      assertThat(article.warnings()).anyMatch(w -> w.startsWith("mojibake"));
    }

    @Test
    void textInputHasNoCharset() {
      String html = new String(fixture("articles/zh-very-short-flash.html"), StandardCharsets.UTF_8);

      assertThat(extractor.extract(html, PAGE_URL, FETCHED_AT).charset()).isNull();
    }
  }

  @Nested
  class HostileInput {
    @Test
    void deepNestingDoesNotOverflowTheStack() {
      String html = "<div>".repeat(100_000) + "<p>深处的一段文字，仍然应该被当作正文读出来，而不是让程序崩溃。</p>"
          + "</div>".repeat(100_000);

      ExtractedArticle article = extractor.extract(html, PAGE_URL, FETCHED_AT);

      assertThat(article.paragraphs()).anyMatch(p -> p.contains("深处的一段文字"));
      assertThat(article.warnings()).anyMatch(w -> w.contains("nested deeper than"));
    }

    @Test
    void oversizedBodyIsCutWithAWarning() {
      byte[] big = new byte[ArticleExtractor.MAX_INPUT_BYTES + 1024];
      java.util.Arrays.fill(big, (byte) 'a');

      ExtractedArticle article = extractor.extract(big, "text/html", PAGE_URL, FETCHED_AT);

      assertThat(article.warnings()).anyMatch(w -> w.startsWith("document cut at"));
    }

    @Test
    void scriptStyleAndNoscriptTextNeverReachTheBody() {
      String html = "<html><body><article><h1>标题</h1>"
          + "<p>第一段正文，讲述一件发生在城市里的小事，内容完整而且足够长，可以被识别为正文。</p>"
          + "<script>var x = '脚本里的文字';</script><style>p { color: red } /* 样式里的文字 */</style>"
          + "<noscript>请启用脚本里的提示</noscript>"
          + "<p>第二段正文，继续讲述这件小事的后续发展，同样有足够的长度和标点符号。</p>"
          + "</article></body></html>";

      ExtractedArticle article = extractor.extract(html, PAGE_URL, FETCHED_AT);

      assertThat(article.paragraphs()).hasSize(2);
      assertThat(String.join("", article.paragraphs())).doesNotContain("脚本", "样式", "启用");
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<ExtractedArticle>> results =
            java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> pool.submit(() -> extract("articles/zh-reporter-byline-with-outlet.html")))
                .toList();
        for (Future<ExtractedArticle> result : results) {
          assertThat(result.get().author()).isEqualTo("胡含嫣");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
