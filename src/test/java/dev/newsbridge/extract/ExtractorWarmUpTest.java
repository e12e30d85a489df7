package dev.newsbridge.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The warm-up only helps if its pages take the extractor through what real pages do: every field
 * found, the furniture around the body dropped.
 */
class ExtractorWarmUpTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @ParameterizedTest
  @FieldSource("dev.newsbridge.extract.ExtractorWarmUp#PAGES")
  void eachWarmUpPageIsAnArticleWithEveryFieldFound(String page) {
    ExtractedArticle article =
        extractor.extract(
            ExtractorWarmUp.read(page), null, ExtractorWarmUp.BASE, ExtractorWarmUp.FETCHED_AT);

    assertThat(article.title()).isNotBlank();
    assertThat(article.author()).isNotBlank();
    assertThat(article.outlet()).isNotBlank();
    assertThat(article.publishedAt()).isNotNull();
    assertThat(article.paragraphs()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(String.join("\n", article.paragraphs()))
        .doesNotContain("责任编辑", "网友评论", "相关阅读", "Most read", "comments", "Sign up");
    assertThat(article.warnings()).isEmpty();
  }

  @Test
  void aJvmStartsTheBackgroundWarmUpOnlyOnce() {
    ExtractorWarmUp.inBackground(extractor); // started here or by an earlier test in this JVM

    assertThat(ExtractorWarmUp.inBackground(extractor)).isFalse();
  }
}
