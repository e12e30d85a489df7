package dev.newsbridge.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

  @ParameterizedTest(name = "\"{0}\" -> {1} s")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          120                            | 120
          0                              | 0
          ' 30 '                         | 30
          Sat, 01 Mar 2025 08:01:30 GMT  | 90
          Saturday, 01-Mar-25 08:00:10 GMT | 10
          Sat Mar  1 08:00:05 2025       | 5
          Sat, 01 Mar 2025 07:00:00 GMT  | 0
          """)
  void parsesSecondsAndTheThreeHttpDateForms(String header, long seconds) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"soon", "-5", "1.5", "99999999999999999999"})
  void ignoresWhatItCannotParse(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isNull();
  }
}
