package dev.newsbridge.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional and Simplified Chinese, character for character. Outlets in Taiwan and Hong Kong
 * write Traditional characters (臺灣, 記者, 來源); the rules and dictionaries that read Chinese are
 * written in Simplified (台湾, 记者, 来源). {@link #simplified(String)} gives a Simplified view of a
 * text with every character at the same index, so that a match found in the view can be cut from
 * the original text, which is what a page shows and what is kept. Where indexes do not matter,
 * phrase-level conversion ({@code HanLP.convertToSimplifiedChinese}: 軟體 as 软件) reads better.
 */
public final class ChineseScripts {
  private static final char[] SIMPLIFIED = simplifiedTable();

  private ChineseScripts() {}

  /**
   * {@code text} with each Traditional character replaced by its Simplified form, one character for
   * one; the same instance when there is nothing to replace (Simplified or non-Chinese text).
   */
  public static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SIMPLIFIED[c] != c) {
        return convertFrom(text, i);
      }
    }
    return text;
  }

  /** The Simplified form of {@code c}, or {@code c}. */
  public static char simplified(char c) {
    return SIMPLIFIED[c];
  }

  private static String convertFrom(String text, int first) {
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = SIMPLIFIED[chars[i]];
    }
    return new String(chars);
  }

  /**
   * Every BMP character to itself, except Han characters HanLP converts to one other character
   * (about 10 ms, once).
   */
  private static char[] simplifiedTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    convert(table, 0x3400, 0x4DBF); // CJK Unified Ideographs Extension A
    convert(table, 0x4E00, 0x9FFF); // CJK Unified Ideographs
    return table;
  }

  private static void convert(char[] table, int first, int last) {
    for (int c = first; c <= last; c++) {
      String simplified = HanLP.convertToSimplifiedChinese(String.valueOf((char) c));
      if (simplified.length() == 1) {
        table[c] = simplified.charAt(0);
      }
    }
  }
}
