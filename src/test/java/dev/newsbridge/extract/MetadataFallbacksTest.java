package dev.newsbridge.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The weaker credits a page falls back on when it has no byline or stamp near the headline: forum
 * post stamps, magazine issue lines, an issuer signing a notice, a person named as the source, a
 * lone editor line. Each fixture is a page built for one rule.
 */
class MetadataFallbacksTest {
  private static final Instant FETCHED_AT = Instant.parse("2023-11-21T02:00:00Z");
  private static final URI PAGE_URL = URI.create("https://news.example.cn/a/9.html");

  private final ArticleExtractor extractor = new ArticleExtractor();

  ExtractedArticle extract(String name) {
    byte[] page = ArticleExtractorTest.fixture("metadata-fallbacks/" + name);
    return extractor.extract(page, "text/html", PAGE_URL, FETCHED_AT);
  }

  @Nested
  class PlaceholderCredits {
    final ExtractedArticle article = extract("zh-page-crediting-unknown-author-and-own-site.html");

    @Test
    void anUnknownOrAnonymousAuthorIsNoAuthor() {
      assertThat(article.author()).isNull();
    }

    @Test
    void aSourceCreditNamingNoOutletFallsBackToTheSitesName() {
      assertThat(article.outlet()).isEqualTo("清河日报");
    }
  }

  @Nested
  class ForumThread {
    final ExtractedArticle article = extract("zh-forum-thread-with-post-stamp.html");

    @Test
    void postStampBelowTheThreadGivesThePosterAndTheTime() {
      assertThat(article.author()).isEqualTo("晴川");
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2006-04-09T20:15:33+08:00"));
    }
  }

  @Nested
  class MagazineEssay {
    final ExtractedArticle article = extract("zh-magazine-essay-with-issue-credit.html");

    @Test
    void issueCreditGivesTheFirstOfTheMonth() {
      assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2001-05-01T00:00+08:00"));
    }

    @Test
    void issueCreditIsNotBody() {
      assertThat(article.paragraphs()).hasSize(3).noneMatch(p -> p.contains("示例月刊"));
    }
  }

  @Nested
  class GovernmentNotice {
    @Test
    void issuerSigningTheNoticeIsTheAuthor() {
      assertThat(extract("zh-government-notice-signed-by-issuer.html").author())
          .isEqualTo("示例市人民政府");
    }
  }

  @Nested
  class SourceLineNamingAPerson {
    final ExtractedArticle article = extract("zh-source-line-naming-a-person.html");

    @Test
    void personIsTheAuthorNotTheOutlet() {
      assertThat(article.author()).isEqualTo("冯晓");
      assertThat(article.outlet()).isNotEqualTo("冯晓");
    }
  }

  @Nested
  class ReprintCreditingOnlyAnEditor {
    @Test
    void theEditorIsTheAuthorWhenNobodyElseIsCredited() {
      assertThat(extract("zh-reprint-crediting-only-an-editor.html").author()).isEqualTo("石川");
    }
  }

  @Nested
  class PagesWithoutAStampNearTheHeadline {
    @Test
    void aDateOpeningTheBodyIsTheTime() {
      assertThat(extract("zh-local-news-with-date-opening-the-body.html").publishedAt())
          .isEqualTo(OffsetDateTime.parse("2019-02-27T00:00+08:00"));
    }

    @Test
    void aDeclaredUpdateTimeIsTheLastResort() {
      assertThat(extract("zh-page-declaring-only-its-update-time.html").publishedAt())
          .isEqualTo(OffsetDateTime.parse("2019-10-08T12:00:57+08:00"));
    }
  }

  @Nested
  class AccountPostStampedRelatively {
    @Test
    void theCreationTimeTheScriptDeclaresBeatsTheRelativeStampItRendersFrom() {
      // The page was saved nine days after it was posted: its stamp says "yesterday" of that day.
      assertThat(extract("zh-account-post-stamped-yesterday-with-its-time-in-a-script.html")
              .publishedAt())
          .isEqualTo(OffsetDateTime.parse("2023-11-12T09:30+08:00"));
    }
  }

  /**
   * A post on a publishing platform (a WeChat official account, a Baijiahao page) carries the
   * platform's name as its site name; the outlet a reader wants credited is the account.
   */
  @Nested
  class PlatformAccounts {
    @Test
    void theAccountThatPostedIsTheOutletNotThePlatform() {
      assertThat(extract("zh-account-post-on-a-publishing-platform.html").outlet())
          .isEqualTo("西岸社区通讯");
    }

    @Test
    void aPlatformsNameIsNoOutletEvenWhenTheAccountIsNotNamed() {
      assertThat(extract("zh-platform-post-without-an-account-name.html").outlet()).isNull();
    }
  }
}
