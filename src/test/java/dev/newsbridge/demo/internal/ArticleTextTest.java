package dev.newsbridge.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
  private static final String FILE =
      """
      slug: test-story
      outlet: wangchuan
      reporter: 测试记者
      editor: 测试编辑
      published: 2023-11-21T14:30:00+08:00
      topic: economy
      charset: GBK
      byline: benbao
      og: no
      title: 测试标题
      comment: 读者甲 | 说得好。
      comment: 读者乙 | 有道理 | 真的。

      第一段第一行
      第一段第二行

      第二段
      """;

  @Nested
  class Parsing {
    private final ArticleText article = ArticleText.parse("test.txt", FILE);

    @Test
    void readsTheHeader() {
      assertThat(article.slug()).isEqualTo("test-story");
      assertThat(article.outlet()).isEqualTo(Outlet.WANGCHUAN);
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-21T14:30+08:00"));
      assertThat(article.topic()).isEqualTo(Topic.ECONOMY);
      assertThat(article.charset()).isEqualTo("GBK");
      assertThat(article.byline()).isEqualTo(Byline.BENBAO);
      assertThat(article.openGraph()).isFalse();
    }

    @Test
    void joinsTheLinesOfAParagraphWithoutSpaces() {
      assertThat(article.paragraphs()).containsExactly("第一段第一行第一段第二行", "第二段");
    }

    @Test
    void splitsCommentsAtTheFirstBarOnly() {
      assertThat(article.comments())
          .containsExactly(
              new ArticleText.Comment("读者甲", "说得好。"), new ArticleText.Comment("读者乙", "有道理 | 真的。"));
    }

    @Test
    void aLocalDailysBylineOpensTheBodyOnThePage() {
      assertThat(article.bodyParagraphs().get(0)).isEqualTo("本报讯（记者 测试记者）第一段第一行第一段第二行");
      assertThat(article.bodyParagraphs().get(1)).isEqualTo("第二段");
    }
  }

  @Test
  void aTaipeiDailysBracketedBylineOpensTheBodyOnThePage() {
    String taipei =
        FILE.replace("outlet: wangchuan", "outlet: xichao")
            .replace("reporter: 测试记者", "reporter: 測試記者")
            .replace("byline: benbao", "byline: bracketed-lead")
            .replace("charset: GBK", "charset: big5");
    ArticleText article = ArticleText.parse("taipei.txt", taipei);

    assertThat(article.outlet()).isEqualTo(Outlet.XICHAO);
    assertThat(article.charset()).isEqualTo("big5");
    assertThat(article.bodyParagraphs().get(0)).isEqualTo("〔記者測試記者／台北報導〕第一段第一行第一段第二行");
  }

  @Test
  void theEnglishDailysLinesAreJoinedWithASpaceAndItsDatelineOpensTheBody() {
    String english =
        FILE.replace("outlet: wangchuan", "outlet: courier")
            .replace("reporter: 测试记者", "reporter: Test Reporter")
            .replace("byline: benbao", "byline: by-reporter-dateline")
            .replace("charset: GBK", "charset: UTF-8")
            .replace("第一段第一行\n第一段第二行", "The first line of a paragraph \nwraps onto a second.");
    ArticleText article = ArticleText.parse("english.txt", english);

    assertThat(article.outlet()).isEqualTo(Outlet.COURIER);
    assertThat(article.paragraphs().get(0))
        .isEqualTo("The first line of a paragraph wraps onto a second.");
    assertThat(article.bodyParagraphs().get(0))
        .isEqualTo("KESTREL BAY — The first line of a paragraph wraps onto a second.");
    assertThat(article.byline().lines("The Kestrel Bay Courier", "Test Reporter",
            article.publishedAt()))
        .containsExactly("By Test Reporter", "November 21, 2023, 2:30 p.m.");
  }

  @Test
  void aMissingHeaderNamesTheFileAndTheKey() {
    String withoutEditor = FILE.replace("editor: 测试编辑\n", "");
    assertThatThrownBy(() -> ArticleText.parse("broken.txt", withoutEditor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.txt")
        .hasMessageContaining("editor");
  }

  @Test
  void aFileWithoutBodyIsRejected() {
    String headerOnly = FILE.substring(0, FILE.indexOf("\n\n"));
    assertThatThrownBy(() -> ArticleText.parse("empty.txt", headerOnly))
        .hasMessageContaining("no body paragraphs");
  }

  @Test
  void summaryCutsLongFirstParagraphsWithAnEllipsis() {
    String longFirst = FILE.replace("第一段第一行", "长".repeat(100));
    String summary = ArticleText.parse("long.txt", longFirst).summary();
    assertThat(summary).hasSize(ArticleText.SUMMARY_LIMIT + 1).endsWith("…");
  }
}
