package dev.newsbridge.extract.internal;

/**
 * Character-level helpers that treat Chinese text fairly: a CJK character carries about as much
 * meaning as a short English word, so lengths are weighted, and Chinese punctuation counts as
 * punctuation.
 */
public final class Texts {
  private Texts() {}

  /** Han, kana and hangul in the BMP, one bit per code unit (8 KiB, filled once from the JDK). */
  private static final long[] BMP_CJK = bmpCjk();

  /** True for Han, kana and hangul characters. */
  public static boolean isCjk(int codePoint) {
    // A table look-up for the BMP: this runs for every character of every page, and the script
    // look-up is a binary search (curly quotes, CJK and fullwidth punctuation all took it).
    if (codePoint < 0x10000) {
      return (BMP_CJK[codePoint >>> 6] & (1L << codePoint)) != 0;
    }
    return isCjkScript(codePoint);
  }

  private static boolean isCjkScript(int codePoint) {
    // No code point below U+1100 (Hangul Jamo) belongs to these scripts.
    if (codePoint < 0x1100) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static long[] bmpCjk() {
    long[] bits = new long[0x10000 / 64];
    for (int c = 0x1100; c < 0x10000; c++) {
      if ((c >= 0x4E00 && c <= 0x9FEF) || (c >= 0xAC00 && c <= 0xD7A3) || isCjkScript(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** Whitespace as seen on real pages: ASCII, no-break space, ideographic space (U+3000), ... */
  public static boolean isSpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    // Exactly the code points above U+007F that Character.isWhitespace or isSpaceChar accept
    // (the Unicode space separators), plus U+FEFF and U+200B; a switch, because this runs for
    // every character of every page and the Character look-ups are slow outside Latin-1.
    return switch (c) {
      case 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
          0x2009, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF -> true;
      default -> false;
    };
  }

  /** Collapses runs of whitespace (including U+3000 and no-break spaces) and trims. */
  public static String normalize(String text) {
    if (isNormal(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * True when {@link #normalize} would return {@code text} unchanged: no space but single ' '
   * between other characters. Most strings normalized are lines already normalized once.
   */
  private static boolean isNormal(String text) {
    boolean previousSpace = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (isSpace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || text.isEmpty();
  }

  /**
   * Length with CJK characters counted twice, so thresholds written for English ("25 characters")
   * fit Chinese too (a 13-character Chinese clause passes).
   */
  public static int weightedLength(CharSequence text) {
    int length = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (!isSpace(c)) {
        length += isCjk(c) ? 2 : 1;
      }
    }
    return length;
  }

  /** Number of CJK characters in {@code text}. */
  public static int cjkCount(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (isCjk(c)) {
        count++;
      }
    }
    return count;
  }

  /** Commas and sentence ends, Western and Chinese: the marks of running prose. */
  public static int proseMarks(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isProseMark(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  static boolean isProseMark(int c) {
    if (c < 0x060C) {
      return c == ',';
    }
    return switch (c) {
      case ',', '，', '、', '。', '；', '！', '？', '\u060C', '\uFE50' -> true;
      default -> false;
    };
  }

  /** True when the text ends like a sentence (. ! ? 。 ！ ？ and closing quotes). */
  public static boolean endsLikeSentence(String text) {
    // As text.strip(), then closing quotes off the end, without building the substrings.
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    while (end > start && "\"'”’」』）)".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > start && ".!?。！？…".indexOf(text.charAt(end - 1)) >= 0;
  }

  /** {@code word} (lower-case ASCII) in {@code text}, ASCII letters in any case, as (?i) does. */
  public static boolean containsIgnoreAsciiCase(String text, String word) {
    char first = word.charAt(0);
    char firstUpper = first >= 'a' && first <= 'z' ? (char) (first - 32) : first;
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c != first && c != firstUpper) {
        continue;
      }
      int j = 1;
      while (j < word.length() && lowerAscii(text.charAt(i + j)) == word.charAt(j)) {
        j++;
      }
      if (j == word.length()) {
        return true;
      }
    }
    return false;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
