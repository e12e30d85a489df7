package dev.newsbridge.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedXmlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "NUL is dropped,            'a\u0000b',        ab",
    "vertical tab is dropped,   'a\u000Bb',        ab",
    "tab and newline stay,      'a\tb\nc',         'a\tb\nc'",
    "CJK stays,                 '奥特曼',           奥特曼",
    "astral characters stay,    '𠀀',              '𠀀'",
    "U+FFFE is dropped,         'a\uFFFEb',        ab",
  })
  void dropsOnlyCharactersXmlCannotCarry(String rule, String text, String expected) {
    assertThat(FeedXml.clean(text)).isEqualTo(expected);
  }

  @Test
  void dropsALoneSurrogate() {
    assertThat(FeedXml.clean("a\uD800b")).isEqualTo("ab");
  }

  @Test
  void escapesMarkupSoThatReadersRenderingHtmlShowItAsText() {
    assertThat(FeedXml.escapeHtml("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }
}
