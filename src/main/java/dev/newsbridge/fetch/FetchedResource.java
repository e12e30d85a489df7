package dev.newsbridge.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * What one HTTP fetch returned: the raw bytes and the headers later stages need to decode them.
 *
 * <p>A {@code 304 Not Modified} answer has {@link #notModified()} true and an empty body.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects
 * @param status the final HTTP status
 * @param contentType the {@code Content-Type} header as sent, or null
 * @param body the decompressed body, never null
 * @param validators the cache validators to send on the next conditional GET
 * @param fetchedAt when the response arrived
 */
public record FetchedResource(
    URI requestedUrl,
    URI finalUrl,
    int status,
    String contentType,
    byte[] body,
    Validators validators,
    Instant fetchedAt) {

  public boolean notModified() {
    return status == 304;
  }
}
