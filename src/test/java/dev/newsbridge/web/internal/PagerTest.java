package dev.newsbridge.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagerTest {

  @ParameterizedTest(name = "page {1} of {3} articles, {2} a page: {4} pages, prev={5}, next={6}")
  @CsvSource(
      nullValues = "null",
      value = {
        // base,          page, size, total, pages, previous,           next
        "/,               1,    20,   0,     1,     null,               null",
        "/,               1,    20,   20,    1,     null,               null",
        "/,               1,    20,   21,    2,     null,               /?page=2",
        "/,               2,    20,   21,    2,     /,                  null",
        "/,               3,    2,    9,     5,     /?page=2,           /?page=4",
        "/search?q=a%20b, 2,    2,    5,     3,     /search?q=a%20b,    /search?q=a%20b&page=3",
        "/tags/openai,    7,    20,   21,    2,     /tags/openai?page=6, null",
      })
  void linksNeighbouringPagesAndKeepsPageOneWithoutParameter(
      String base, int page, int size, long total, int pages, String previous, String next) {
    Pager pager = Pager.of(base, page, size, total);

    assertThat(pager.pageCount()).isEqualTo(pages);
    assertThat(pager.previousHref()).isEqualTo(previous);
    assertThat(pager.nextHref()).isEqualTo(next);
    assertThat(pager.needed()).isEqualTo(previous != null || next != null);
  }
}
