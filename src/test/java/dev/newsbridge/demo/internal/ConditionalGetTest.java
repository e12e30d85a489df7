package dev.newsbridge.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalGetTest {
  /** Last modified Wed, 22 Nov 2023 07:20:00 GMT, ETag "abc". */
  private static final Resource FEED =
      new Resource(new byte[0], "text/plain", Instant.parse("2023-11-22T07:20:00Z"), "\"abc\"");

  @ParameterizedTest(name = "If-None-Match={0}, If-Modified-Since={1} -> 304: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "-                | -                             | false",
        "\"abc\"          | -                             | true",
        "W/\"abc\"        | -                             | true",
        "\"x\", \"abc\"   | -                             | true",
        "*                | -                             | true",
        "\"other\"        | -                             | false",
        // If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3)
        "\"other\"        | Wed, 22 Nov 2023 07:20:00 GMT | false",
        "-                | Wed, 22 Nov 2023 07:20:00 GMT | true",
        "-                | Thu, 23 Nov 2023 00:00:00 GMT | true",
        "-                | Wed, 22 Nov 2023 07:19:59 GMT | false",
        "-                | yesterday                     | false",
      })
  void answers304OnlyWhenTheValidatorsMatch(String ifNoneMatch, String since, boolean expected) {
    assertThat(ConditionalGet.notModified(ifNoneMatch, since, FEED)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2023-11-22T07:20:00Z, 'Wed, 22 Nov 2023 07:20:00 GMT'"})
  void formatsHttpDatesInGmt(Instant instant, String expected) {
    assertThat(ConditionalGet.httpDate(instant)).isEqualTo(expected);
  }
}
