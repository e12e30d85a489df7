package dev.newsbridge.fetch.internal;

import java.net.URI;
import java.time.Instant;

/**
 * One HTTP exchange's answer: status, the headers the fetch stage acts on, and the body (read only
 * for 2xx answers; empty otherwise).
 */
public record HopResponse(
    URI url,
    int status,
    String reasonPhrase,
    String location,
    String contentType,
    String etag,
    String lastModified,
    String retryAfter,
    byte[] body,
    Instant receivedAt) {

  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
