package dev.newsbridge.search.internal;

import dev.newsbridge.text.ChineseScripts;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads Traditional Chinese characters as their Simplified forms (臺 as 台, 電 as 电), so that an
 * article from a Taiwan or Hong Kong outlet and a query typed in either script meet, and smartcn,
 * whose dictionary is Simplified, segments both alike. One character for one ({@link
 * ChineseScripts}): offsets into the original text (highlighting) stay right.
 */
final class SimplifiedCharFilter extends CharFilter {
  SimplifiedCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset; i < offset + read; i++) {
      buffer[i] = ChineseScripts.simplified(buffer[i]);
    }
    return read;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
