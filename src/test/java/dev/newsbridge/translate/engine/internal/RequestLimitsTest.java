package dev.newsbridge.translate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLimitsTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @ParameterizedTest(name = "Retry-After: {0} -> {1} s")
  @CsvSource(delimiter = '|', value = {
    "7|7",
    "0|0",
    "Fri, 27 Nov 2026 12:01:00 GMT|60",
    "Fri, 27 Nov 2026 11:00:00 GMT|0",
    "99999999999|86400",
    "86401|86400",
  })
  void retryAfterIsReadAsSecondsOrADateAndCappedAtADay(String header, long seconds) {
    assertThat(RetryAfterHeader.parse(header, NOW)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void anUnreadableRetryAfterIsIgnored() {
    assertThat(RetryAfterHeader.parse("soon", NOW)).isNull();
    assertThat(RetryAfterHeader.parse(null, NOW)).isNull();
  }

  @Test
  void batchesKeepOrderAndStayWithinBothLimits() {
    List<String> paragraphs = List.of("aaaa", "bbbb", "cc", "dddddddddd", "e", "f", "g");

    List<List<String>> batches = Batches.split(paragraphs, 8, 3);

    assertThat(batches).containsExactly(List.of("aaaa", "bbbb"), List.of("cc"),
        List.of("dddddddddd"), List.of("e", "f", "g"));
  }

  @Test
  void engineUrlsLoseTheirTrailingSlashAndMustBeHttp() {
    assertThat(EngineUrls.validate("x", "http://127.0.0.1:8080/v1/").toString())
        .isEqualTo("http://127.0.0.1:8080/v1");
    assertThatThrownBy(() -> EngineUrls.validate("x", "gopher://127.0.0.1/"))
        .hasMessageContaining("http or https");
  }
}
