package dev.newsbridge.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One response the demo site can serve, built once at start-up.
 *
 * @param body the bytes, already encoded in the charset {@code contentType} names
 * @param contentType the {@code Content-Type} header
 * @param lastModified for {@code Last-Modified} (whole seconds: HTTP dates have no fraction)
 * @param etag a strong validator, quoted, derived from the body
 */
public record Resource(byte[] body, String contentType, Instant lastModified, String etag) {

  /** A resource whose ETag is the first 16 hex digits of the body's SHA-256. */
  public static Resource of(byte[] body, String contentType, Instant lastModified) {
    return new Resource(body, contentType, lastModified, etagOf(body));
  }

  public static Resource utf8(String text, String mediaType, Instant lastModified) {
    return of(text.getBytes(StandardCharsets.UTF_8), mediaType + "; charset=utf-8", lastModified);
  }

  private static String etagOf(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
