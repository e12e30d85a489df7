package dev.newsbridge.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostAllowlistTest {

  @ParameterizedTest(name = "entry {0} admits {1}:{2} ({3}): {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          127.0.0.1:8080   | 127.0.0.1     | 8080 | 127.0.0.1   | true
          127.0.0.1:8080   | 127.0.0.1     | 6379 | 127.0.0.1   | false
          127.0.0.1:8080   | localhost     | 8080 | 127.0.0.1   | true
          localhost:8080   | LOCALHOST     | 8080 | 127.0.0.1   | true
          localhost:8080   | 127.0.0.1     | 8080 | 127.0.0.1   | false
          intranet.lan     | intranet.lan  | 443  | 10.1.2.3    | true
          [::1]:8080       | [::1]         | 8080 | ::1         | true
          10.1.0.0/16      | feeds.lan     | 80   | 10.1.200.7  | true
          10.1.0.0/16      | feeds.lan     | 80   | 10.2.0.1    | false
          10.1.2.3/16      | feeds.lan     | 80   | 10.1.9.9    | true
          192.168.1.5      | printer       | 631  | 192.168.1.5 | true
          fd00::/8         | ula           | 80   | fd12::1     | true
          """)
  void admitsOnlyWhatAnEntryNames(
      String entry, String host, int port, String address, boolean admitted)
      throws UnknownHostException {
    HostAllowlist allowlist = HostAllowlist.parse(List.of(entry));

    assertThat(allowlist.permits(host, port, InetAddress.getByName(address))).isEqualTo(admitted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://host/path", "user@host:80", "10.0.0.0/99", "host:port"})
  void rejectsMalformedEntries(String entry) {
    assertThatThrownBy(() -> HostAllowlist.parse(List.of(entry)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
