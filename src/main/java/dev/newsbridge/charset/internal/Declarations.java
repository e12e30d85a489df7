package dev.newsbridge.charset.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset labels a response declares: the {@code charset} parameter of the HTTP {@code
 * Content-Type} header, and the document's own {@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type">} or XML prolog {@code encoding}. Returns raw labels; mapping them is
 * {@link CharsetLabels}' job.
 */
public final class Declarations {
  /**
   * How many leading bytes are searched for a declaration: {@value} (8 KiB). Browsers stop at 1024
   * bytes, but pages with long heads put their {@code <meta>} later and mean it.
   */
  public static final int DOCUMENT_SCAN_LIMIT = 8 * 1024;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern META_TAG = Pattern.compile("(?is)<meta\\b[^>]*>");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Pattern XML_PROLOG =
      Pattern.compile("(?s)^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");

  private Declarations() {}

  /** The label in a {@code Content-Type} header such as {@code text/html; charset=GBK}. */
  public static Optional<String> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The label the document declares in its first {@link #DOCUMENT_SCAN_LIMIT} bytes. */
  public static Optional<Declared> fromDocument(byte[] bytes, int offset) {
    int length = Math.min(bytes.length - offset, DOCUMENT_SCAN_LIMIT);
    String head = new String(bytes, offset, Math.max(0, length), StandardCharsets.ISO_8859_1);
    Matcher prolog = XML_PROLOG.matcher(head);
    if (prolog.find()) {
      return Optional.of(new Declared(prolog.group(1), "XML prolog"));
    }
    Matcher meta = META_TAG.matcher(head);
    while (meta.find()) {
      Matcher charset = META_CHARSET.matcher(meta.group());
      if (charset.find()) {
        return Optional.of(new Declared(charset.group(1), "<meta>"));
      }
    }
    return Optional.empty();
  }

  /**
   * A label and where it was declared.
   *
   * @param label the raw label, e.g. "gb2312"
   * @param where "XML prolog" or "&lt;meta&gt;"
   */
  public record Declared(String label, String where) {}
}
