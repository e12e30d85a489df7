package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a response body ({@code gzip}, {@code deflate}) and reads it up to a {@link BodyLimit}
 * counted on <em>decompressed</em> bytes, so a compression bomb stops at {@code cap + 1} bytes
 * however small it is on the wire (Miniflux wraps its gzip reader in a {@code MaxBytesReader} the
 * same way). Brotli is not advertised and not decoded.
 */
public final class BoundedBodyReader {
  private static final int CHUNK = 8192;

  /**
   * What was read; {@code reachedEnd} is false when reading stopped at the limit, in which case the
   * stream was left open for the caller to cancel.
   */
  public record Body(byte[] bytes, boolean reachedEnd) {}

  private BoundedBodyReader() {}

  /**
   * Reads {@code raw}, decoded per {@code contentEncoding} (null for none). The stream is closed
   * only once its end was reached: closing HttpClient's entity stream early would drain the rest of
   * the body (the caller cancels the exchange instead).
   *
   * @return the whole body, or its first {@code maxBytes} when the limit truncates
   * @throws FetchException if the body exceeds a failing limit or the encoding is unsupported
   * @throws IOException on a network or decompression error
   */
  public static Body read(URI url, InputStream raw, String contentEncoding, BodyLimit limit)
      throws FetchException, IOException {
    InputStream in = decode(url, raw, contentEncoding);
    ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
    byte[] buffer = new byte[CHUNK];
    long allowed = limit.truncate() ? limit.maxBytes() : limit.maxBytes() + 1;
    int n = 0;
    while (out.size() < allowed
        && (n = in.read(buffer, 0, (int) Math.min(CHUNK, allowed - out.size()))) != -1) {
      out.write(buffer, 0, n);
    }
    if (n == -1) {
      in.close();
    }
    if (!limit.truncate() && out.size() > limit.maxBytes()) {
      throw new FetchException(
          url, "body exceeds the cap of " + limit.maxBytes() + " bytes (counted decompressed)");
    }
    return new Body(out.toByteArray(), n == -1);
  }

  /** Applies the codings in reverse order of application (RFC 9110 §8.4). */
  private static InputStream decode(URI url, InputStream raw, String contentEncoding)
      throws FetchException, IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return raw;
    }
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    InputStream in = raw;
    for (int i = codings.length - 1; i >= 0; i--) {
      in = decodeOne(url, in, codings[i].trim());
    }
    return in;
  }

  private static InputStream decodeOne(URI url, InputStream in, String coding)
      throws FetchException, IOException {
    return switch (coding) {
      case "identity", "" -> in;
      case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
      case "deflate" -> inflating(in);
      default -> throw new FetchException(url, "unsupported Content-Encoding: " + coding);
    };
  }

  /**
   * HTTP "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; the zlib
   * header is recognised by its compression method and checksum bits (RFC 1950 §2.2).
   */
  private static InputStream inflating(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 2);
    int cmf = peek.read();
    int flg = peek.read();
    if (flg >= 0) {
      peek.unread(flg);
    }
    if (cmf >= 0) {
      peek.unread(cmf);
    }
    boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    return new InflaterInputStream(peek, inflater, CHUNK) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }
}
