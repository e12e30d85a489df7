package dev.newsbridge.search.internal;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads Traditional Chinese characters as their Simplified forms (臺 as 台, 電 as 电), so that an
 * article from a Taiwan or Hong Kong outlet and a query typed in either script meet, and smartcn,
 * whose dictionary is Simplified, segments both alike. One character for one: offsets into the
 * original text (highlighting) stay right, which phrase-level conversion (軟體 as 软件) would not
 * guarantee.
 */
final class SimplifiedCharFilter extends CharFilter {
  private static final char[] SIMPLIFIED = simplifiedTable();

  SimplifiedCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset; i < offset + read; i++) {
      buffer[i] = SIMPLIFIED[buffer[i]];
    }
    return read;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  /** Every BMP character to itself, except Han characters HanLP converts to one other character. */
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
