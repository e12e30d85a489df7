package dev.newsbridge.source.internal;

/**
 * Repairs what real feeds get wrong before the XML parser sees them (CommaFeed's {@code XMLCleaner}
 * cases): junk or whitespace before the first {@code <}, and characters XML 1.0 forbids ({@code
 * \u0000}, {@code \u000B}, unpaired surrogates, …). HTML named entities such as {@code &nbsp;} are
 * left to Rome's XML healer.
 */
public final class XmlText {
  private XmlText() {}

  public static String clean(String text) {
    int start = text.indexOf('<');
    String body = start < 0 ? text : text.substring(start);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < body.length()
          && Character.isLowSurrogate(body.charAt(i + 1))) {
        out.append(c).append(body.charAt(++i));
      } else if (isXmlChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** XML 1.0 §2.2 Char, for one UTF-16 unit outside a surrogate pair. */
  private static boolean isXmlChar(char c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
