package dev.newsbridge.fetch.internal;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Non-public targets a source may reach even though private hosts are refused (the demo outlet on
 * 127.0.0.1, an intranet feed). Entries are {@code host:port}, a bare host or IP (any port), or a
 * CIDR block. A {@code host:port} entry admits only that port: allowing the redirector at {@code
 * 127.0.0.1:8080} does not admit {@code 127.0.0.1:6379}.
 */
public final class HostAllowlist {

  private sealed interface Entry permits Block, HostPort {
    boolean permits(String host, int port, InetAddress address);
  }

  private record Block(IPAddress block) implements Entry {
    @Override
    public boolean permits(String host, int port, InetAddress address) {
      return AddressClassifier.contains(block, address);
    }
  }

  /** {@code port} -1 means any port; {@code literal} is the host as an IP address, or null. */
  private record HostPort(String host, int port, IPAddress literal) implements Entry {
    @Override
    public boolean permits(String requestedHost, int requestedPort, InetAddress address) {
      boolean portMatches = port == -1 || port == requestedPort;
      boolean hostMatches =
          host.equals(normalizeHost(requestedHost))
              || (literal != null && AddressClassifier.contains(literal, address));
      return portMatches && hostMatches;
    }
  }

  private final List<Entry> entries;

  private HostAllowlist(List<Entry> entries) {
    this.entries = entries;
  }

  /**
   * Parses the entries.
   *
   * @throws IllegalArgumentException naming the first malformed entry
   */
  public static HostAllowlist parse(List<String> entries) {
    return new HostAllowlist(entries.stream().map(HostAllowlist::parseEntry).toList());
  }

  /** Whether a connection to {@code address}, resolved from {@code host:port}, is allowed. */
  public boolean permits(String host, int port, InetAddress address) {
    return entries.stream().anyMatch(e -> e.permits(host, port, address));
  }

  /** Lower-cases a host name and strips the brackets of an IPv6 literal. */
  static String normalizeHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  private static Entry parseEntry(String entry) {
    String trimmed = entry.trim();
    if (trimmed.contains("/") || new IPAddressString(trimmed).isIPAddress()) {
      return new Block(AddressClassifier.parseBlock(trimmed));
    }
    URI uri;
    try {
      uri = URI.create("//" + trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed allowlist entry: " + entry, e);
    }
    if (uri.getHost() == null || uri.getUserInfo() != null || !uri.getRawPath().isEmpty()) {
      throw new IllegalArgumentException("allowlist entry is not host[:port] or CIDR: " + entry);
    }
    String host = normalizeHost(uri.getHost());
    IPAddress literal = new IPAddressString(host).getAddress();
    return new HostPort(host, uri.getPort(), literal);
  }
}
