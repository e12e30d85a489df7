package dev.newsbridge.source.internal;

import dev.newsbridge.charset.TextDecoder;

/**
 * Decodes a feed's bytes to text, choosing the charset ourselves so the XML parser never does. The
 * decision is the shared {@link TextDecoder}'s: byte order mark, then the HTTP {@code charset},
 * then the XML prolog, then detection when a label lies (a GBK feed labelled UTF-8, or UTF-8
 * labelled GBK); {@code gb2312}/{@code gbk} decode as GB18030 (WHATWG). Never throws on bad bytes.
 */
public final class FeedDecoding {
  private FeedDecoding() {}

  /** The text of {@code body}, without a byte order mark. */
  public static String decode(byte[] body, String contentType) {
    return TextDecoder.decode(body, contentType).text();
  }
}
