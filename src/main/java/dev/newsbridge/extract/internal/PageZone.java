package dev.newsbridge.extract.internal;

import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The offset to assume for times a page prints without a zone: +08:00 for Chinese pages (mainland
 * China, Hong Kong, Macau and Taiwan all use it), +09:00 for Japanese and Korean ones, UTC
 * otherwise. Decided from {@code <html lang>} when it names Chinese, Japanese or Korean, otherwise
 * from the script of the text (templates often say {@code lang="en"} on Chinese pages).
 */
public final class PageZone {
  /**
   * Share of CJK characters among letters (a run of ASCII letters counting as one) above which a
   * page counts as East Asian: {@value}.
   */
  static final double CJK_SHARE = 0.3;

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final ZoneOffset JAPAN_KOREA = ZoneOffset.ofHours(9);

  private PageZone() {}

  /** The default offset for a page with language tag {@code lang} and sample text {@code text}. */
  public static ZoneOffset of(String lang, String text) {
    String tag = lang.toLowerCase(Locale.ROOT);
    if (tag.startsWith("zh")) {
      return CHINA;
    }
    if (tag.startsWith("ja") || tag.startsWith("ko")) {
      return JAPAN_KOREA;
    }
    int letters = 0;
    int han = 0;
    int kanaOrHangul = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      char ch = text.charAt(i);
      // Code points beyond the BMP (rare Han, emoji) are read whole; the rest char by char.
      int c = Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
      i += Character.charCount(c);
      if (isCommonHan(c)) {
        // Most characters of a Chinese page: a letter and Han, without the Unicode look-ups.
        han++;
        letters++;
        inWord = false;
      } else if (!isLetter(c)) {
        inWord = false;
      } else if (isHan(c)) {
        han++;
        letters++;
        inWord = false;
      } else if (Texts.isCjk(c)) {
        kanaOrHangul++;
        letters++;
        inWord = false;
      } else {
        // Other letters count once per word: a Han character carries about a word, and a Chinese
        // article quoting code or English names must not read as an English one.
        letters += inWord ? 0 : 1;
        inWord = true;
      }
    }
    if (letters == 0 || (han + kanaOrHangul) < letters * CJK_SHARE) {
      return ZoneOffset.UTC;
    }
    return kanaOrHangul > han / 10 ? JAPAN_KOREA : CHINA;
  }

  private static boolean isLetter(int c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** The CJK Unified Ideographs every Unicode version Java 17 knows, then any other Han letter. */
  private static boolean isHan(int c) {
    return isCommonHan(c)
        || (c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** The CJK Unified Ideographs every Unicode version Java 17 knows: all letters, all Han. */
  private static boolean isCommonHan(int c) {
    return c >= 0x4E00 && c <= 0x9FEF;
  }
}
