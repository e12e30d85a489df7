package dev.newsbridge.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A fetch that failed or was refused, with what the caller needs to react: the URL, the HTTP
 * status (0 when none was received) and how long the server asked us to wait (null if it did not).
 */
public class FetchException extends Exception {
  private final URI url;
  private final int status;
  private final Duration retryAfter;

  public FetchException(URI url, int status, Duration retryAfter, String reason, Throwable cause) {
    super(reason + " (" + url + (status > 0 ? ", HTTP " + status : "") + ")", cause);
    this.url = url;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public FetchException(URI url, String reason) {
    this(url, 0, null, reason, null);
  }

  public URI url() {
    return url;
  }

  public int status() {
    return status;
  }

  /** The server's {@code Retry-After}, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
