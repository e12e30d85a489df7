package dev.newsbridge.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.text.ChineseScripts;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The written material meets the demo's brief: enough articles, varied, well-formed. */
class ArticleLibraryTest {
  private final List<ArticleText> articles = ArticleLibrary.load();

  @Test
  void hasTwelveToTwentyFourArticlesNewestFirst() {
    assertThat(articles).hasSizeBetween(12, 24);
    assertThat(articles)
        .extracting(ArticleText::publishedAt)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void slugsAreUnique() {
    assertThat(articles).extracting(ArticleText::slug).doesNotHaveDuplicates();
  }

  @Test
  void everyOutletPublishesOnAtLeastThreeTopics() {
    Map<Outlet, Long> topicsPerOutlet =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    ArticleText::outlet,
                    Collectors.mapping(
                        ArticleText::topic,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    assertThat(topicsPerOutlet).containsOnlyKeys(Outlet.values());
    assertThat(topicsPerOutlet.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
  }

  @Test
  void everyArticleHasFourToEightParagraphsAndSomeComments() {
    assertThat(articles)
        .allSatisfy(
            a -> {
              assertThat(a.paragraphs()).as(a.slug()).hasSizeBetween(4, 8);
              assertThat(a.comments()).as(a.slug()).isNotEmpty();
            });
  }

  @Test
  void everyBylineStyleAndCharsetLabelIsUsed() {
    assertThat(articles).extracting(ArticleText::byline).contains(Byline.values());
    assertThat(articles).extracting(ArticleText::charset)
        .contains("UTF-8", "GBK", "gb2312", "big5");
  }

  @Test
  void theTaipeiPaperWritesTraditionalAndTheMainlandOutletsSimplified() {
    assertThat(articles.stream().filter(a -> !a.outlet().writesEnglish()))
        .allSatisfy(
            a ->
                assertThat(ChineseScripts.isTraditional(a.paragraphs()))
                    .as(a.slug())
                    .isEqualTo(a.outlet() == Outlet.XICHAO));
  }

  @Test
  void theEnglishDailyWritesEnglishWithoutChineseCharacters() {
    List<ArticleText> english =
        articles.stream().filter(a -> a.outlet() == Outlet.COURIER).toList();
    assertThat(english)
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(
            a -> {
              assertThat(a.charset()).as(a.slug()).isEqualTo("UTF-8");
              assertThat(a.title() + String.join("", a.paragraphs()))
                  .as(a.slug())
                  .doesNotContainPattern("\\p{IsHan}")
                  .contains(" the ");
            });
  }

  @Test
  void theGb2312PagesNeedGbkToBeWritten() {
    Charset gb2312 = Charset.forName("GB2312");
    List<ArticleText> labelledGb2312 =
        articles.stream().filter(a -> a.charset().equals("gb2312")).toList();
    assertThat(labelledGb2312)
        .isNotEmpty()
        .allSatisfy(
            a ->
                assertThat(gb2312.newEncoder().canEncode(String.join("", a.paragraphs())))
                    .as(a.slug())
                    .isFalse());
  }
}
