package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one http(s) rule and the one RFC 3986 resolution every stage uses. */
class HttpUrlsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://a.example/x, true",
    "HTTPS://a.example/, true",
    "https:///no-host, false",
    "file:///etc/passwd, false",
    "javascript:alert(1), false",
    "ftp://a.example/, false",
    "/relative/path, false"
  })
  void acceptsOnlyAbsoluteHttpUrlsWithAHost(String url, boolean http) {
    assertThat(HttpUrls.isHttp(URI.create(url))).isEqualTo(http);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "http://a.example,             c,          http://a.example/c",
    "http://a.example/rss/index.xml, ?page=2,  http://a.example/rss/index.xml?page=2",
    "http://a.example/rss/index.xml?old=1, ?page=2, http://a.example/rss/index.xml?page=2",
    "http://a.example/a/b,         ../c,       http://a.example/c",
    "http://a.example/a/b,         //b.example/d, http://b.example/d"
  })
  void resolvesReferencesAsRfc3986Does(String base, String reference, String expected) {
    assertThat(HttpUrls.resolve(URI.create(base), URI.create(reference)))
        .isEqualTo(URI.create(expected));
  }

  @ParameterizedTest(name = "{0} + Location {1}")
  @CsvSource({
    "http://a.example/news/list.html, ?page=2, http://a.example/news/list.html?page=2",
    "http://a.example,                 next,   http://a.example/next"
  })
  void resolvesARedirectLocationTheSameWay(String base, String location, String expected)
      throws FetchException {
    assertThat(HttpUrls.resolveLocation(URI.create(base), location)).isEqualTo(URI.create(expected));
  }
}
