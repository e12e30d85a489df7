package dev.newsbridge.fetch.internal;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork.IPAddressGenerator;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether an IP address is publicly routable, from an explicit table of special-purpose
 * ranges (IANA IPv4/IPv6 Special-Purpose Address Registries, RFC 6890). The JDK's {@code
 * isSiteLocalAddress()} and friends miss CGNAT, ULA and the IPv6 forms that embed an IPv4 address,
 * so they are not used.
 *
 * <p>IPv6 transition forms (mapped, NAT64, 6to4, Teredo) are refused outright rather than
 * unwrapped: a news site has no need of them and each can smuggle a private IPv4 target.
 */
public final class AddressClassifier {

  private record Range(IPAddress block, String reason) {}

  private static final IPAddressGenerator GENERATOR = new IPAddressGenerator();

  private static final List<Range> NON_PUBLIC =
      List.of(
          range("0.0.0.0/8", "unspecified address"),
          range("10.0.0.0/8", "private address"),
          range("100.64.0.0/10", "carrier-grade NAT address"),
          range("127.0.0.0/8", "loopback address"),
          range("169.254.0.0/16", "link-local address"),
          range("172.16.0.0/12", "private address"),
          range("192.0.0.0/24", "IETF protocol address"),
          range("192.0.2.0/24", "documentation address"),
          range("192.168.0.0/16", "private address"),
          range("198.18.0.0/15", "benchmarking address"),
          range("198.51.100.0/24", "documentation address"),
          range("203.0.113.0/24", "documentation address"),
          range("224.0.0.0/4", "multicast address"),
          range("240.0.0.0/4", "reserved address"),
          range("::/128", "unspecified address"),
          range("::1/128", "loopback address"),
          range("::/96", "IPv4-compatible IPv6 address"),
          range("::ffff:0:0/96", "IPv4-mapped IPv6 address"),
          range("64:ff9b::/96", "NAT64 address"),
          range("64:ff9b:1::/48", "local NAT64 address"),
          range("100::/64", "discard-only address"),
          range("2001::/32", "Teredo address"),
          range("2001:db8::/32", "documentation address"),
          range("2002::/16", "6to4 address"),
          range("3fff::/20", "documentation address"),
          range("fc00::/7", "unique local address"),
          range("fe80::/10", "link-local address"),
          range("fec0::/10", "site-local address"),
          range("ff00::/8", "multicast address"));

  private AddressClassifier() {}

  /** Why {@code address} is not public (e.g. "loopback address"), or empty when it is. */
  public static Optional<String> nonPublicReason(InetAddress address) {
    IPAddress ip = GENERATOR.from(address).withoutPrefixLength();
    return NON_PUBLIC.stream()
        .filter(r -> r.block().getIPVersion() == ip.getIPVersion() && r.block().contains(ip))
        .map(Range::reason)
        .findFirst();
  }

  /** Parses a CIDR block or single address; {@code 10.1.2.3/16} means {@code 10.1.0.0/16}. */
  static IPAddress parseBlock(String cidr) {
    IPAddress address = new IPAddressString(cidr).getAddress();
    if (address == null) {
      throw new IllegalArgumentException("not an IP address or CIDR block: " + cidr);
    }
    return address.isPrefixed() ? address.toPrefixBlock() : address;
  }

  /** Whether {@code address} lies in {@code block} (same IP version only). */
  static boolean contains(IPAddress block, InetAddress address) {
    IPAddress ip = GENERATOR.from(address).withoutPrefixLength();
    return block.getIPVersion() == ip.getIPVersion() && block.contains(ip);
  }

  private static Range range(String cidr, String reason) {
    return new Range(parseBlock(cidr), reason);
  }
}
