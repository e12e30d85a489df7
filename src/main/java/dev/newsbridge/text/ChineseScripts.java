package dev.newsbridge.text;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Traditional and Simplified Chinese, character for character. Outlets in Taiwan and Hong Kong
 * write Traditional characters (臺灣, 記者, 來源); the rules and dictionaries that read Chinese are
 * written in Simplified (台湾, 记者, 来源). {@link #simplified(String)} gives a Simplified view of a
 * text with every character at the same index, so that a match found in the view can be cut from
 * the original text, which is what a page shows and what is kept. Where indexes do not matter,
 * {@link #simplifiedPhrases} reads better (軟體 as 软件).
 */
public final class ChineseScripts {
  /** The character table (derived from HanLP's converter; see the file's header). */
  static final String TABLE = "traditional-simplified.txt";

  /**
   * No character below this one has a Simplified form other than itself (the table starts in CJK
   * Extension A; reading the table checks it). Text below it, a Latin page's, is answered without
   * the table, so a process that reads no Chinese never loads it (about 10 ms on a fresh JVM).
   */
  static final char NO_TRADITIONAL_BELOW = '\u3400';

  /** Han characters with a Simplified form other than themselves, per Han character. */
  private static final double TRADITIONAL_SHARE = 0.05;

  private ChineseScripts() {}

  /**
   * {@code text} with each Traditional character replaced by its Simplified form, one character for
   * one; the same instance when there is nothing to replace (Simplified or non-Chinese text).
   */
  public static String simplified(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= NO_TRADITIONAL_BELOW && Table.SIMPLIFIED[c] != c) {
        return convertFrom(text, i);
      }
    }
    return text;
  }

  /**
   * {@code text} with Traditional characters and phrases as Simplified, phrase by phrase (HanLP's
   * converter: 臺灣 as 台湾, 軟體 as 软件; about 20 µs per thousand characters, after HanLP loads its
   * dictionary on first use), for reading rather than cutting: lengths may change. Simplified text
   * passes unchanged.
   */
  public static String simplifiedPhrases(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }

  /**
   * True when {@code texts} are written in Traditional characters: at least three Han characters,
   * and at least 5% of them, differ from their Simplified form. A few such characters occur in
   * Simplified text too (乾隆, the surname 於), so one or two do not make a text Traditional.
   */
  public static boolean isTraditional(List<String> texts) {
    int han = 0;
    int traditional = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
          traditional += simplified(c) != c ? 1 : 0;
        }
      }
    }
    return traditional >= 3 && traditional >= TRADITIONAL_SHARE * han;
  }

  /** The Simplified form of {@code c}, or {@code c}. */
  public static char simplified(char c) {
    return c < NO_TRADITIONAL_BELOW ? c : Table.SIMPLIFIED[c];
  }

  private static String convertFrom(String text, int first) {
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = simplified(chars[i]);
    }
    return new String(chars);
  }

  /** The character table, read when a text first holds a character it may change. */
  private static final class Table {
    static final char[] SIMPLIFIED = simplifiedTable();
  }

  /**
   * Every BMP character to itself, except the Traditional characters of {@value #TABLE}: read from
   * a file rather than asked of HanLP character by character, which loads its dictionaries first
   * (over 100 ms, paid by the first page a fresh process extracts).
   */
  private static char[] simplifiedTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    List<String> pairs = tableLines();
    String traditional = pairs.get(0);
    String simplified = pairs.get(1);
    for (int i = 0; i < traditional.length(); i++) {
      if (traditional.charAt(i) < NO_TRADITIONAL_BELOW) {
        throw new IllegalStateException(
            TABLE + ": " + traditional.charAt(i) + " lies below NO_TRADITIONAL_BELOW");
      }
      table[traditional.charAt(i)] = simplified.charAt(i);
    }
    return table;
  }

  /** The table file's two lines: Traditional characters, then their Simplified forms. */
  static List<String> tableLines() {
    try (InputStream in = ChineseScripts.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .toList();
      if (lines.size() != 2 || lines.get(0).length() != lines.get(1).length()) {
        throw new IllegalStateException(TABLE + ": expected two lines of equal length");
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
  }
}
