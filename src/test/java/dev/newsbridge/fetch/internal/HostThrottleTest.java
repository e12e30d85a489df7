package dev.newsbridge.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Politeness timing with a fake clock that the sleeper advances: exact, and instant to run. */
class HostThrottleTest {
  static final Duration DELAY = Duration.ofSeconds(1);

  Instant now = Instant.parse("2025-03-01T08:00:00Z");
  final List<Duration> sleeps = new ArrayList<>();
  final InstantSource clock = () -> now;
  final HostThrottle throttle =
      new HostThrottle(
          DELAY,
          clock,
          d -> {
            sleeps.add(d);
            now = now.plus(d);
          });

  @Test
  void theFirstRequestToAHostDoesNotWait() throws Exception {
    throttle.run(URI.create("http://a.example/1"), () -> "done");

    assertThat(sleeps).isEmpty();
  }

  @Test
  void theNextRequestWaitsTheRemainderOfTheDelayAfterTheLastEnded() throws Exception {
    throttle.run(URI.create("http://a.example/1"), () -> advance(Duration.ofMillis(200)));
    now = now.plus(Duration.ofMillis(300));

    throttle.run(URI.create("https://A.example:8443/2"), () -> "done");

    assertThat(sleeps).containsExactly(Duration.ofMillis(700));
  }

  @Test
  void otherHostsDoNotWait() throws Exception {
    throttle.run(URI.create("http://a.example/1"), () -> "done");

    throttle.run(URI.create("http://b.example/1"), () -> "done");

    assertThat(sleeps).isEmpty();
  }

  @Test
  void aFailedRequestStillCountsForTheDelay() {
    try {
      throttle.run(
          URI.create("http://a.example/1"),
          () -> {
            throw new dev.newsbridge.fetch.FetchException(URI.create("http://a.example/1"), "boom");
          });
    } catch (dev.newsbridge.fetch.FetchException expected) {
      // the failure is the caller's; the host's turn is still used
    }

    try {
      throttle.run(URI.create("http://a.example/2"), () -> "done");
    } catch (dev.newsbridge.fetch.FetchException e) {
      throw new AssertionError(e);
    }

    assertThat(sleeps).containsExactly(DELAY);
  }

  private String advance(Duration duration) {
    now = now.plus(duration);
    return "done";
  }
}
