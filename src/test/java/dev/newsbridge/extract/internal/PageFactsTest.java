package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageFactsTest {
  private static final URI PAGE = URI.create("https://news.example.cn/a/1.html");

  @Nested
  class Canonical {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "https://news.example.cn/story/1|https://news.example.cn/story/1",
          "/story/2|https://news.example.cn/story/2",
          "//cdn.example.cn/story/3|https://cdn.example.cn/story/3",
          "javascript:alert(1)|https://news.example.cn/a/1.html",
          "JaVaScRiPt:alert(1)|https://news.example.cn/a/1.html",
          "data:text/html,<p>x</p>|https://news.example.cn/a/1.html",
          "ftp://news.example.cn/x|https://news.example.cn/a/1.html",
          "'http://exa mple.cn/broken'|https://news.example.cn/a/1.html"
        })
    void onlyHttpCanonicalLinksReplaceThePageUrl(String href, String expected) {
      Document doc = Jsoup.parse("<link rel='canonical' href='" + href + "'>", PAGE.toString());

      assertThat(CanonicalUrl.of(doc, PAGE)).isEqualTo(URI.create(expected));
    }
  }

  @Nested
  class DefaultZone {
    @ParameterizedTest(name = "lang={0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "zh-CN|any text|+08:00",
          "zh-TW|any text|+08:00",
          "ja|any text|+09:00",
          "''|南方小城试点夜间公交，市民出行更方便。|+08:00",
          "''|東京都は夜間バスの試験運行を始めます。|+09:00",
          "''|The city council voted on Monday.|Z",
          "en|南方小城试点夜间公交，模板里的 lang 写错了。|+08:00",
          "''|一日一技：延迟调用。示例代码 def defer(callback): stack.append(callback) return callback|+08:00",
          "''|The council met Mr. Wang Xiaoming (王小明) and Ms. Li Hua (李华) on Monday morning.|Z"
        })
    void followsTheLanguageTagThenTheScript(String lang, String text, String offset) {
      assertThat(PageZone.of(lang, text)).isEqualTo(ZoneOffset.of(offset));
    }
  }

  @Nested
  class ClassAndId {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "<div class='comment-list'>", "<div id='sidebar'>", "<nav>", "<footer>", "<div class='share-bar'>",
          "<div class='xgxw'>", "<div class='ad'>", "<div id='gg_right'>", "<div role='navigation'>"
        })
    void marksFurnitureAsUnlikely(String tag) {
      assertThat(ClassWeights.isUnlikely(first(tag))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<div class='article-content'>", "<div id='artibody'>", "<article class='comments-open'>",
          "<div class='header-text'>", "<div class='shadow'>", "<div class='load'>", "<div>"
        })
    void leavesContentAlone(String tag) {
      assertThat(ClassWeights.isUnlikely(first(tag))).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "<div class='article-body'>|25", "<div id='zw'>|25", "<div class='sbody'>|0",
          "<div class='related-posts'>|0", "<div class='comment'>|-25", "<div class='ads'>|-25",
          "<div class='post' id='sidebar'>|0"
        })
    void weighsClassAndId(String tag, int weight) {
      assertThat(ClassWeights.weight(first(tag))).isEqualTo(weight);
    }

    private Element first(String tag) {
      return Jsoup.parse("<body>" + tag + "x</body>").body().child(0);
    }
  }

  @Nested
  class Cleaning {
    @Test
    void hiddenElementsScriptsAndCommentsAreRemoved() {
      Document doc =
          Jsoup.parse(
              "<body><p>seen</p><p hidden>hidden attr</p><p style='display: none'>hidden style</p>"
                  + "<p aria-hidden='true'>aria</p><!-- a comment --><script>code()</script>"
                  + "<iframe src='x'></iframe><select><option>choose</option></select></body>");

      PageCleaner.clean(doc);

      assertThat(doc.body().text()).isEqualTo("seen");
      assertThat(doc.body().html()).doesNotContain("<!--");
    }

    @Test
    void deepTreesAreFlattenedBelowTheLimit() {
      Document doc = Jsoup.parse("<div>".repeat(2000) + "deep text" + "</div>".repeat(2000));

      assertThat(DepthLimiter.limit(doc)).isTrue();
      assertThat(doc.text()).isEqualTo("deep text");
      assertThat(DepthLimiter.limit(Jsoup.parse("<div><p>shallow</p></div>"))).isFalse();
    }
  }
}
