package dev.newsbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML site, read through real HTTP requests against a seeded desk. */
class NewsSitePagesTest {
  @SeededDesk static TestDesk desk;

  static Document page(String path) {
    HttpResponse<String> response = desk.get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/html");
    return Jsoup.parse(response.body(), desk.site().url().toString());
  }

  static List<String> cardTitles(Document doc) {
    return doc.select(".card-title a").eachText();
  }

  @Nested
  class HomePage {
    @Test
    void listsEveryArticleNewestFirst() {
      assertThat(cardTitles(page("/")))
          .containsExactlyElementsOf(DeskArticles.TITLES_NEWEST_FIRST);
    }

    @Test
    void showsTitleOriginalTitleOutletTimeAndTagsOfEachArticle() {
      Element card = card(page("/"), DeskArticles.BOARD_TITLE);

      assertThat(card.selectFirst(".original-title").text())
          .isEqualTo(DeskArticles.BOARD_ORIGINAL_TITLE);
      assertThat(card.selectFirst(".original-title").attr("lang")).isEqualTo("zh");
      assertThat(card.selectFirst(".outlet").text()).isEqualTo("The Paper (澎湃新闻)");
      assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2023-11-18T10:00:00+08:00");
      assertThat(card.select(".tags a").eachText()).contains("Sam Altman", "OpenAI", "AI safety");
      assertThat(card.selectFirst(".card-title a").attr("href"))
          .isEqualTo(desk.articlePath("board"));
    }

    @Test
    void marksAnArticleWhoseTranslationIsPending() {
      Element card = card(page("/"), DeskArticles.SUMMIT_ORIGINAL_TITLE);

      assertThat(card.selectFirst(".badge").text()).isEqualTo("Translation pending");
      assertThat(card.selectFirst(".card-title a").attr("lang")).isEqualTo("zh");
    }

    @Test
    void hasTheSiteNameInTheHeaderAndASearchBox() {
      Document doc = page("/");

      assertThat(doc.selectFirst("header .brand").text()).isEqualTo("Newsbridge");
      assertThat(doc.selectFirst("form.search").attr("action")).isEqualTo("/search");
      assertThat(doc.selectFirst("form.search input[name=q]")).isNotNull();
      assertThat(doc.title()).isEqualTo("Newsbridge");
    }

    private Element card(Document doc, String title) {
      return doc.select(".card").stream()
          .filter(c -> c.selectFirst(".card-title").text().equals(title))
          .findFirst()
          .orElseThrow();
    }
  }

  @Nested
  class ArticlePage {
    Document board() {
      return page(desk.articlePath("board"));
    }

    @Test
    void hasTheEnglishTitleAsItsOnlyHeadingOne() {
      assertThat(board().select("h1").eachText()).containsExactly(DeskArticles.BOARD_TITLE);
    }

    @Test
    void keepsTheSiteNameOnlyInTheDocumentTitleSeparatedByADash() {
      Document doc = board();

      assertThat(doc.title()).isEqualTo(DeskArticles.BOARD_TITLE + " — Newsbridge");
      assertThat(doc.selectFirst("h1").text()).doesNotContain("Newsbridge");
    }

    @Test
    void showsTheOriginalTitleMarkedAsChinese() {
      Element original = board().selectFirst(".article-header .original-title [lang]");

      assertThat(original.text()).isEqualTo(DeskArticles.BOARD_ORIGINAL_TITLE);
      assertThat(original.attr("lang")).isEqualTo("zh");
    }

    @Test
    void namesOutletAndReporterInTheOriginalAndInEnglish() {
      Document doc = board();

      assertThat(doc.selectFirst(".outlet").text()).isEqualTo("The Paper (澎湃新闻)");
      assertThat(doc.selectFirst(".reporter").text()).isEqualTo("Hu Hanyan (胡含嫣)");
    }

    @Test
    void keepsAReporterWithoutAnEnglishNameInTheOriginal() {
      assertThat(page(desk.articlePath("hires")).selectFirst(".reporter").text()).isEqualTo("李明");
    }

    @Test
    void givesThePublicationTimeMachineReadableInItsOwnOffset() {
      Element time = board().selectFirst(".byline time");

      assertThat(time.attr("datetime")).isEqualTo("2023-11-18T10:00:00+08:00");
      assertThat(time.text()).isEqualTo("18 Nov 2023, 10:00 UTC+08:00");
    }

    @Test
    void namesTheTranslationEngineHonestly() {
      assertThat(board().selectFirst(".engine-note").text()).isEqualTo(DeskArticles.LABEL);
    }

    @Test
    void showsTheTranslatedParagraphsAndTheOriginalTextInDetails() {
      Document doc = board();

      assertThat(doc.select(".article-body p")).hasSize(3);
      assertThat(doc.selectFirst(".article-body p").text()).contains("Sam Altman", "Mira Murati");
      Element details = doc.selectFirst("details.original-text");
      assertThat(details.selectFirst("summary").text()).isEqualTo("Original text (Chinese)");
      assertThat(details.select("p")).hasSize(3);
      assertThat(details.selectFirst("[lang]").attr("lang")).isEqualTo("zh");
      assertThat(details.text()).contains("山姆·奥特曼");
    }

    @Test
    void linksEachTagToItsPage() {
      assertThat(board().select(".article-tags a").eachAttr("href"))
          .contains("/tags/sam-altman", "/tags/openai", "/tags/ai-safety", "/tags/microsoft");
    }

    @Test
    void linksTheOriginalWithoutReferrerOrEndorsement() {
      Element link = board().selectFirst(".original-link a");

      assertThat(link.attr("href"))
          .isEqualTo("https://www.thepaper.example/newsDetail_forward_1001");
      assertThat(link.attr("rel").split(" "))
          .containsExactlyInAnyOrder("noopener", "noreferrer", "nofollow");
    }

    @Test
    void linksPreviousAndNextWithinTheSameSourceAndTheLinksWork() {
      Document doc = board();
      Element previous = doc.selectFirst(".article-nav a[rel=prev]");
      Element next = doc.selectFirst(".article-nav a[rel=next]");

      assertThat(previous.attr("href")).isEqualTo(desk.articlePath("summit"));
      assertThat(next.attr("href")).isEqualTo(desk.articlePath("hires"));
      assertThat(next.selectFirst(".nav-title").text()).isEqualTo(DeskArticles.HIRES_TITLE);
      assertThat(page(next.attr("href")).selectFirst("h1").text())
          .isEqualTo(DeskArticles.HIRES_TITLE);
      assertThat(page(previous.attr("href")).selectFirst("h1").text())
          .isEqualTo(DeskArticles.SUMMIT_ORIGINAL_TITLE);
    }

    @Test
    void theNewestArticleOfASourceHasNoNextLink() {
      Document hires = page(desk.articlePath("hires"));

      assertThat(hires.select(".article-nav a[rel=next]")).isEmpty();
      assertThat(hires.selectFirst(".article-nav a[rel=prev]").attr("href"))
          .isEqualTo(desk.articlePath("board"));
    }

    @Test
    void saysTranslationPendingAndShowsTheOriginalWhenThereIsNoTranslation() {
      Document summit = page(desk.articlePath("summit"));

      assertThat(summit.selectFirst(".engine-note").text()).isEqualTo("Translation pending");
      assertThat(summit.selectFirst("h1").attr("lang")).isEqualTo("zh");
      assertThat(summit.selectFirst(".article-body").attr("lang")).isEqualTo("zh");
      assertThat(summit.select("details")).isEmpty();
      assertThat(summit.title()).isEqualTo(DeskArticles.SUMMIT_ORIGINAL_TITLE + " — Newsbridge");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "/articles/999999",
          "/articles/abc",
          "/articles/-1",
          "/articles/1e3",
          "/articles/99999999999999999999999"
        })
    void anUnknownOrMalformedIdIsANotFoundPage(String path) {
      HttpResponse<String> response = desk.get(path);

      assertThat(response.statusCode()).isEqualTo(404);
      Document doc = Jsoup.parse(response.body());
      assertThat(doc.selectFirst("h1").text()).isEqualTo("Page not found");
      assertThat(doc.title()).isEqualTo("Page not found — Newsbridge");
      assertThat(response.body()).doesNotContain("Exception", "at dev.newsbridge");
    }
  }

  @Nested
  class TagAndSourcePages {
    @Test
    void aTagPageListsTheArticlesWithThatTag() {
      Document doc = page("/tags/ai-safety");

      assertThat(doc.selectFirst("h1").text()).isEqualTo("AI safety");
      assertThat(cardTitles(doc))
          .containsExactly(
              DeskArticles.INTERVIEW_TITLE,
              DeskArticles.BOARD_TITLE,
              DeskArticles.SUMMIT_ORIGINAL_TITLE);
    }

    @Test
    void anUnknownTagIsNotFound() {
      assertThat(desk.get("/tags/no-such-tag").statusCode()).isEqualTo(404);
    }

    @Test
    void aSourcePageShowsItsHealthAndItsArticles() {
      Document doc = page("/sources/" + desk.demoDaily.id());

      assertThat(doc.selectFirst("h1").text()).isEqualTo("Demo Daily");
      assertThat(doc.selectFirst(".error-count").text()).isEqualTo("2");
      assertThat(doc.selectFirst(".last-error").text()).isEqualTo(TestDesk.FAILURE);
      assertThat(doc.selectFirst(".last-success time").attr("datetime"))
          .isEqualTo("2023-11-21T04:00:00Z");
      assertThat(doc.selectFirst(".status").text()).isEqualTo("Failing: 2 errors in a row");
      assertThat(doc.selectFirst(".next-attempt").text()).isEqualTo("as soon as possible");
      assertThat(doc.selectFirst(".articles-per-day").text()).matches("\\d+\\.\\d");
      assertThat(doc.selectFirst(".kind").text()).isEqualTo("feed");
      assertThat(cardTitles(doc))
          .containsExactly(DeskArticles.HOSTILE_TITLE, DeskArticles.INTERVIEW_TITLE);
    }

    @Test
    void aHealthySourceSaysSo() {
      Document doc = page("/sources/" + desk.thePaper.id());

      assertThat(doc.selectFirst(".status").text()).isEqualTo("Fetching normally");
      assertThat(doc.selectFirst(".last-error").text()).isEqualTo("none");
    }

    @Test
    void theSourcesPageListsEverySource() {
      assertThat(page("/sources").select(".source-list a").eachText())
          .containsExactlyInAnyOrder("The Paper", "Demo Daily");
    }

    @Test
    void anUnknownSourceIsNotFound() {
      assertThat(desk.get("/sources/424242").statusCode()).isEqualTo(404);
      assertThat(desk.get("/sources/x").statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class SearchPage {
    @Test
    void findsArticlesByAnEnglishName() {
      Document doc = page("/search?q=Altman");

      assertThat(cardTitles(doc))
          .containsExactlyInAnyOrder(DeskArticles.BOARD_TITLE, DeskArticles.HIRES_TITLE);
      assertThat(doc.selectFirst(".page-subtitle").text()).isEqualTo("2 results for Altman");
      assertThat(doc.selectFirst("input[name=q]").val()).isEqualTo("Altman");
    }

    @Test
    void findsArticlesByTheChineseName() {
      assertThat(cardTitles(page("/search?q=%E5%A5%A5%E7%89%B9%E6%9B%BC")))
          .containsExactlyInAnyOrder(DeskArticles.BOARD_TITLE, DeskArticles.HIRES_TITLE);
    }

    @Test
    void anEmptySearchExplainsWhatToDo() {
      Document doc = page("/search?q=");

      assertThat(doc.select(".card")).isEmpty();
      assertThat(doc.selectFirst(".empty").text()).startsWith("Type a name or a phrase");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "title%3A(",
          "%22unclosed",
          "a~99",
          "*",
          "%2B-%2B-",
          "%5C",
          "%27%20OR%201%3D1%20--",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E"
        })
    void aHostileQueryIsAnsweredWithoutAnError(String encodedQuery) {
      HttpResponse<String> response = desk.get("/search?q=" + encodedQuery);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(response.body()).select("script")).isEmpty();
    }

    @Test
    void anOverlongQueryIsABadRequestPage() {
      HttpResponse<String> response = desk.get("/search?q=" + "a".repeat(201));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("Bad request");
    }
  }

  @Nested
  class Paging {
    @Test
    void splitsTheLatestIntoPagesOfTheConfiguredSize() {
      try (NewsSite small =
          new NewsSite(desk.store, desk.index, SiteSettings.defaults().withPageSize(2))
              .start("127.0.0.1", 0)) {
        Document first = Jsoup.parse(desk.get(small, "/").body());
        Document third = Jsoup.parse(desk.get(small, "/?page=3").body());

        assertThat(cardTitles(first)).hasSize(2);
        assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/?page=2");
        assertThat(cardTitles(third)).containsExactly(DeskArticles.SUMMIT_ORIGINAL_TITLE);
        assertThat(third.select(".pager a[rel=next]")).isEmpty();
        assertThat(third.title()).isEqualTo("Latest, page 3 — Newsbridge");
      }
    }

    @ParameterizedTest(name = "page={0}")
    @ValueSource(strings = {"0", "-1", "abc", "10001", "99999999999999"})
    void aPageNumberOutOfRangeIsABadRequest(String page) {
      assertThat(desk.get("/?page=" + page).statusCode()).isEqualTo(400);
    }

    @Test
    void aPageBeyondTheLastIsEmptyButFine() {
      Document doc = page("/?page=50");

      assertThat(doc.select(".card")).isEmpty();
      assertThat(doc.selectFirst(".empty").text()).contains("no articles on this page");
    }
  }
}
