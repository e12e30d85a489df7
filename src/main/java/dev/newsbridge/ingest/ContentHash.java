package dev.newsbridge.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a source document, hex: the conditional-GET fallback. A server that sends neither
 * {@code ETag} nor {@code Last-Modified} still sends the same bytes when nothing changed, and then
 * the document is not parsed again (Miniflux and CommaFeed keep such a hash too).
 */
final class ContentHash {
  private ContentHash() {}

  static String of(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
