package dev.newsbridge.fetch.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The SSRF check, placed in HttpClient's resolver hook so that the address we check is the address
 * the connection operator then connects to: no second lookup an attacker's DNS could answer
 * differently (DNS rebinding). Runs for every connection, so for every redirect hop too.
 *
 * <p>If any address a name resolves to is refused, the whole name is refused: a name that mixes
 * public and private answers is not one we trust.
 */
public final class GuardedDnsResolver implements DnsResolver {
  private final DnsResolver delegate;
  private final boolean allowPrivateHosts;
  private final HostAllowlist allowlist;

  public GuardedDnsResolver(
      DnsResolver delegate, boolean allowPrivateHosts, HostAllowlist allowlist) {
    this.delegate = delegate;
    this.allowPrivateHosts = allowPrivateHosts;
    this.allowlist = allowlist;
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    InetAddress[] addresses = checked(host, port);
    return Arrays.stream(addresses).map(a -> new InetSocketAddress(a, port)).toList();
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    return checked(host, -1);
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return delegate.resolveCanonicalHostname(host);
  }

  private InetAddress[] checked(String host, int port) throws UnknownHostException {
    InetAddress[] addresses = delegate.resolve(host);
    for (InetAddress address : addresses) {
      Optional<String> reason = refusal(host, port, address);
      if (reason.isPresent()) {
        throw new BlockedAddressException(
            host
                + " resolves to "
                + address.getHostAddress()
                + ", a "
                + reason.get()
                + " (private hosts are not allowed for this source)");
      }
    }
    return addresses;
  }

  private Optional<String> refusal(String host, int port, InetAddress address) {
    if (allowPrivateHosts || allowlist.permits(host, port, address)) {
      return Optional.empty();
    }
    return AddressClassifier.nonPublicReason(address);
  }
}
