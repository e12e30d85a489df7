package dev.newsbridge.charset;

import java.util.List;

/**
 * Text decoded from bytes, with the charset that was used and what looked wrong on the way.
 *
 * @param text the decoded text, without a byte order mark; never null
 * @param charset the Java name of the charset used, e.g. "UTF-8", "GB18030", "windows-1252"
 * @param warnings why a declared charset was not used, mojibake, unknown labels, ...
 */
public record DecodedText(String text, String charset, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
