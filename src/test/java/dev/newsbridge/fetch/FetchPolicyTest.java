package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {

  @Test
  void defaultsAreTheDocumentedSafeValues() {
    FetchPolicy policy = FetchPolicy.defaults();

    assertThat(policy.userAgent()).isEqualTo("Newsbridge/0.1 (self-hosted news desk)");
    assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(policy.maxRobotsBytes()).isEqualTo(500 * 1024);
    assertThat(policy.maxRedirects()).isEqualTo(5);
    assertThat(policy.minDelayPerHost()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.obeyRobots()).isTrue();
    assertThat(policy.allowPrivateHosts()).isFalse();
    assertThat(policy.privateHostAllowlist()).isEmpty();
  }

  @Test
  void withersChangeOneSettingAndKeepTheRest() {
    FetchPolicy policy =
        FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO);

    assertThat(policy.allowPrivateHosts()).isTrue();
    assertThat(policy.minDelayPerHost()).isZero();
    assertThat(policy.totalTimeout()).isEqualTo(FetchPolicy.defaults().totalTimeout());
  }

  @Test
  void aMalformedAllowlistEntryFailsAtConstruction() {
    assertThatThrownBy(
            () -> FetchPolicy.defaults().withPrivateHostAllowlist(List.of("http://x/path")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://x/path");
  }

  @Test
  void aUserAgentWithALineBreakIsRejected() {
    assertThatThrownBy(() -> FetchPolicy.defaults().withUserAgent("x\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZeroTotalTimeoutIsRejected() {
    assertThatThrownBy(() -> FetchPolicy.defaults().withTotalTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalTimeout");
  }
}
