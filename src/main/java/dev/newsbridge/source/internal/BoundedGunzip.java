package dev.newsbridge.source.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates a gzip body (a {@code sitemap.xml.gz}) while counting the inflated bytes, so a gzip bomb
 * stops at the cap instead of filling the heap. crawler-commons inflates {@code .gz} sitemaps
 * without a bound, so we inflate before it sees the bytes.
 */
public final class BoundedGunzip {
  private BoundedGunzip() {}

  /** Whether {@code body} starts with the gzip magic number (RFC 1952 §2.3.1). */
  public static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /**
   * The inflated bytes.
   *
   * @throws IOException when the data is not gzip, or inflates to more than {@code maxBytes}
   */
  public static byte[] inflate(byte[] gzip, long maxBytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new IOException("gzip inflates to more than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
