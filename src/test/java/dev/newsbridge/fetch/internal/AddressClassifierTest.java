package dev.newsbridge.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The special-purpose range table, including the ranges the JDK's predicates miss. */
class AddressClassifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.0.0.0                   | unspecified address
          127.0.0.1                 | loopback address
          127.255.255.254           | loopback address
          10.0.0.1                  | private address
          172.31.255.255            | private address
          192.168.0.1               | private address
          100.64.0.1                | carrier-grade NAT address
          100.127.255.255           | carrier-grade NAT address
          169.254.169.254           | link-local address
          192.0.2.10                | documentation address
          198.18.0.1                | benchmarking address
          224.0.0.251               | multicast address
          255.255.255.255           | reserved address
          ::                        | unspecified address
          ::1                       | loopback address
          ::7f00:1                  | IPv4-compatible IPv6 address
          fd00:dead:beef::50        | unique local address
          fc00::1                   | unique local address
          fe80::1                   | link-local address
          ff02::1                   | multicast address
          64:ff9b::a9fe:a9fe        | NAT64 address
          64:ff9b:1::1              | local NAT64 address
          2002:a9fe:a9fe::          | 6to4 address
          2001:0:4136:e378::1       | Teredo address
          2001:db8::1               | documentation address
          """)
  void nonPublicAddressesAreNamed(String address, String reason) throws UnknownHostException {
    assertThat(AddressClassifier.nonPublicReason(InetAddress.getByName(address))).hasValue(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.1.1.1",
        "8.8.8.8",
        "93.184.216.34",
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001:82b::200e"
      })
  void publicAddressesPass(String address) throws UnknownHostException {
    assertThat(AddressClassifier.nonPublicReason(InetAddress.getByName(address))).isEmpty();
  }
}
