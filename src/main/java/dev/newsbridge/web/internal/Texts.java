package dev.newsbridge.web.internal;

/** Small plain-text helpers for what the site shows. */
final class Texts {
  private Texts() {}

  /**
   * {@code text} cut to at most {@code max} code points plus an ellipsis, at the last space when
   * there is one in the second half (Chinese has no spaces, so it is cut where the limit falls).
   */
  static String shorten(String text, int max) {
    String stripped = text.strip();
    if (stripped.codePointCount(0, stripped.length()) <= max) {
      return stripped;
    }
    String cut = stripped.substring(0, stripped.offsetByCodePoints(0, max));
    int space = cut.lastIndexOf(' ');
    if (space > max / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }
}
