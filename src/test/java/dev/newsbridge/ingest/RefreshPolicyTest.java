package dev.newsbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a source is visited again (defaults: 10 min to 6 h, backoff after 3 errors, cap 24 h). */
class RefreshPolicyTest {
  final RefreshPolicy policy = RefreshPolicy.defaults();

  @Nested
  class AfterASuccess {
    @ParameterizedTest(name = "{0} articles/day -> every {1} min")
    @CsvSource({
      "0,     360", // nothing in a week: the longest interval
      "0.5,   360", // one every two days: capped at 6 h
      "4,     180", // one every 6 h: half the gap
      "24,    30",
      "48,    15",
      "144,   10", // one every 10 min: the floor
      "10000, 10"
    })
    void waitsHalfTheMeanGapBetweenArticlesWithinTheBounds(double perDay, long minutes) {
      assertThat(policy.afterSuccess(perDay)).isEqualTo(Duration.ofMinutes(minutes));
    }
  }

  @Nested
  class AfterAFailure {
    @ParameterizedTest(name = "failure #{0} -> wait {1} min")
    @CsvSource({
      "1, 10",
      "2, 10",
      "3, 20",
      "4, 40",
      "5, 80",
      "8, 640",
      "9, 1280",
      "10, 1440",
      "500, 1440"
    })
    void retriesSoonThenDoublesFromTheThirdFailureUpToTheCap(int errorCount, long minutes) {
      assertThat(policy.afterFailure(errorCount, null)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void honoursRetryAfterEvenWhenShorterThanTheMinimumInterval() {
      assertThat(policy.afterFailure(5, Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void capsARetryAfterLongerThanTheMaximumBackoff() {
      assertThat(policy.afterFailure(1, Duration.ofDays(30))).isEqualTo(Duration.ofHours(24));
    }
  }

  @Test
  void refusesBoundsThatContradictEachOther() {
    assertThatThrownBy(
            () ->
                new RefreshPolicy(
                    Duration.ofHours(2), Duration.ofHours(1), 3, Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
