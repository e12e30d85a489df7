package dev.newsbridge.fetch.internal;

import java.net.UnknownHostException;

/**
 * A host name resolved to an address we refuse to connect to. It extends {@link
 * UnknownHostException} because it is thrown from HttpClient's {@code DnsResolver} hook, which may
 * only throw that.
 */
public final class BlockedAddressException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  public BlockedAddressException(String message) {
    super(message);
  }
}
