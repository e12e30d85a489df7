package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> everyWither() {
    FetchPolicy d = FetchPolicy.defaults();
    return Stream.of(
        Arguments.of("userAgent", d.withUserAgent("Other/1.0")),
        Arguments.of("connectTimeout", d.withConnectTimeout(Duration.ofSeconds(1))),
        Arguments.of("readTimeout", d.withReadTimeout(Duration.ofSeconds(2))),
        Arguments.of("totalTimeout", d.withTotalTimeout(Duration.ofSeconds(3))),
        Arguments.of("maxBodyBytes", d.withMaxBodyBytes(4)),
        Arguments.of("maxRedirects", d.withMaxRedirects(0)),
        Arguments.of("minDelayPerHost", d.withMinDelayPerHost(Duration.ZERO)),
        Arguments.of("obeyRobots", d.withObeyRobots(false)),
        Arguments.of("allowPrivateHosts", d.withAllowPrivateHosts(true)),
        Arguments.of("privateHostAllowlist", d.withPrivateHostAllowlist(List.of("10.0.0.0/8"))));
  }

  @ParameterizedTest(name = "with {0}")
  @MethodSource("everyWither")
  void eachWitherChangesExactlyItsOwnSetting(String changed, FetchPolicy policy) throws Exception {
    FetchPolicy defaults = FetchPolicy.defaults();
    for (RecordComponent component : FetchPolicy.class.getRecordComponents()) {
      Object before = component.getAccessor().invoke(defaults);
      Object after = component.getAccessor().invoke(policy);
      if (component.getName().equals(changed)) {
        assertThat(after).as(component.getName()).isNotEqualTo(before);
      } else {
        assertThat(after).as(component.getName()).isEqualTo(before);
      }
    }
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
