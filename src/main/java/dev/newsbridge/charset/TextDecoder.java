package dev.newsbridge.charset;

import dev.newsbridge.charset.internal.CharsetDecision;
import dev.newsbridge.charset.internal.CharsetLabels;
import java.util.Objects;

/**
 * Decodes a web page or feed, deciding the charset itself: a byte order mark wins; then the HTTP
 * header's {@code charset}; then the document's {@code <meta>} or XML prolog; then detection (ICU4J)
 * when the labels are missing or lie. Labels are mapped the WHATWG way ({@link CharsetLabels}).
 *
 * <p>Labels are checked against the bytes, because the web lies about charsets:
 *
 * <ul>
 *   <li>bytes labelled UTF-8 that are not valid UTF-8 (a GBK page behind a server default) fall
 *       through to the next label or to detection;
 *   <li>bytes labelled with a legacy charset that are valid UTF-8 and contain non-ASCII are decoded
 *       as UTF-8 (Miniflux: "if the document is already valid UTF-8, do nothing");
 *   <li>a legacy label whose decoder rejects more than 0.1% of the non-ASCII bytes is not trusted
 *       ({@link CharsetDecision#TOLERATED_ERROR_RATE});
 *   <li>a single-byte label (e.g. iso-8859-1) on bytes that detection confidently reads as a CJK
 *       multi-byte charset is not trusted either.
 * </ul>
 *
 * <p>Nothing here throws on bad input: unknown labels and undecodable bytes become warnings. The
 * result warns about mojibake when the text holds many U+FFFD replacement characters. Stateless and
 * thread-safe.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the raw body, not null
   * @param contentTypeHeader the HTTP {@code Content-Type} header, or null
   */
  public static DecodedText decode(byte[] bytes, String contentTypeHeader) {
    Objects.requireNonNull(bytes, "bytes");
    return new CharsetDecision(bytes, contentTypeHeader).decide();
  }
}
