package dev.newsbridge.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The link rule as a table: resolved against the feed URL, http(s) or nothing. */
class HttpLinksTest {
  static final URI BASE = URI.create("https://outlet.example.cn/rss/index.xml");

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://outlet.example.cn/a             | https://outlet.example.cn/a
          HTTP://OUTLET.example.cn/a              | HTTP://OUTLET.example.cn/a
          /news/1.html                            | https://outlet.example.cn/news/1.html
          2.html                                  | https://outlet.example.cn/rss/2.html
          ../news/3.html                          | https://outlet.example.cn/news/3.html
          //cdn.example.cn/4                      | https://cdn.example.cn/4
          ?page=2                                 | https://outlet.example.cn/rss/index.xml?page=2
          https://outlet.example.cn/新闻/5         | https://outlet.example.cn/新闻/5
          'https://outlet.example.cn/a|b'         | https://outlet.example.cn/a%7Cb
          """)
  void resolvesToAnAbsoluteHttpLink(String link, String expected) {
    assertThat(HttpLinks.resolve(BASE, link)).hasValue(URI.create(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "ja\tvascript:alert(1)",
        " javascript:x",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://outlet.example.cn/x",
        "mailto:desk@outlet.example.cn",
        "http://",
        "https:///path-only",
        "",
        "   "
      })
  void dropsEverythingElse(String link) {
    assertThat(HttpLinks.resolve(BASE, link)).isEmpty();
  }
}
