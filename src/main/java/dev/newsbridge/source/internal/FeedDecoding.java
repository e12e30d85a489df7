package dev.newsbridge.source.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a feed's bytes to text, choosing the charset ourselves so the XML parser never does: byte
 * order mark, then the HTTP {@code charset}, then the XML prolog's {@code encoding}, then UTF-8
 * (RFC 7303 §3 order). Labels are mapped the WHATWG way: {@code gb2312} and {@code gbk} decode as
 * GB18030 (Java's GB2312 decoder loses characters outside GB 2312, such as 镕), and {@code
 * iso-8859-1}/{@code us-ascii} as windows-1252. An unknown label falls back to UTF-8.
 *
 * <p>Out of scope: detecting lying labels. The shared {@code dev.newsbridge.charset} decoder does
 * that for pages; feeds can move to it once it is on main.
 */
public final class FeedDecoding {

  /** Only the document's start is searched for the prolog: {@value} bytes. */
  static final int PROLOG_SCAN_BYTES = 1024;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROLOG_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** WHATWG Encoding Standard labels whose Java meaning differs from the web's. */
  private static final Map<String, Charset> WHATWG_LABELS =
      Map.ofEntries(
          Map.entry("gb2312", GB18030),
          Map.entry("gbk", GB18030),
          Map.entry("x-gbk", GB18030),
          Map.entry("chinese", GB18030),
          Map.entry("csgb2312", GB18030),
          Map.entry("csiso58gb231280", GB18030),
          Map.entry("gb_2312", GB18030),
          Map.entry("gb_2312-80", GB18030),
          Map.entry("iso-ir-58", GB18030),
          Map.entry("gb18030", GB18030),
          Map.entry("iso-8859-1", WINDOWS_1252),
          Map.entry("iso8859-1", WINDOWS_1252),
          Map.entry("latin1", WINDOWS_1252),
          Map.entry("l1", WINDOWS_1252),
          Map.entry("us-ascii", WINDOWS_1252),
          Map.entry("ascii", WINDOWS_1252),
          Map.entry("big5", Charset.forName("Big5-HKSCS")));

  private FeedDecoding() {}

  /** The text of {@code body}, without a byte order mark. */
  public static String decode(byte[] body, String contentType) {
    Optional<Charset> fromBom = bomCharset(body);
    if (fromBom.isPresent()) {
      int bomLength = fromBom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new String(body, bomLength, body.length - bomLength, fromBom.get());
    }
    Charset charset =
        label(contentType, HEADER_CHARSET)
            .or(() -> label(asciiStart(body), PROLOG_ENCODING))
            .flatMap(FeedDecoding::charsetFor)
            .orElse(StandardCharsets.UTF_8);
    return new String(body, charset);
  }

  /** The charset a label names, the WHATWG way; empty for an unknown label. */
  static Optional<Charset> charsetFor(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT);
    if (WHATWG_LABELS.containsKey(key)) {
      return Optional.of(WHATWG_LABELS.get(key));
    }
    try {
      return Optional.of(Charset.forName(key));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<String> label(String text, Pattern pattern) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String asciiStart(byte[] body) {
    return new String(
        body, 0, Math.min(body.length, PROLOG_SCAN_BYTES), StandardCharsets.ISO_8859_1);
  }
}
