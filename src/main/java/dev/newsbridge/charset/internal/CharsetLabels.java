package dev.newsbridge.charset.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps charset labels found on the web to the Java charset that decodes them the way browsers do,
 * following the WHATWG Encoding Standard's label table (https://encoding.spec.whatwg.org/#names-and-labels).
 *
 * <p>The remappings that matter most: {@code gb2312}, {@code gbk}, {@code x-gbk}, {@code cp936}
 * decode with GB18030 (the WHATWG "GBK" decoder is the gb18030 decoder, so characters outside GB
 * 2312 such as 镕 survive); {@code iso-8859-1} and {@code us-ascii} decode as windows-1252;
 * {@code big5} as Big5-HKSCS; {@code shift_jis} as windows-31j; {@code euc-kr} as windows-949.
 * Labels outside the table are tried as Java charset names (then remapped the same way); a label
 * nobody knows yields empty, never an exception.
 */
public final class CharsetLabels {
  private static final Map<String, String> LABEL_TO_JAVA = new HashMap<>();

  static {
    map("UTF-8", "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
        "x-unicode20utf8");
    map("windows-1252", "windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819",
        "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591",
        "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "x-cp1252");
    map("GB18030", "gb18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312",
        "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn");
    map("Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    map("EUC-JP", "euc-jp", "cseucpkdfmtjapanese", "x-euc-jp");
    map("ISO-2022-JP", "iso-2022-jp", "csiso2022jp");
    map("windows-31j", "shift_jis", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis",
        "windows-31j", "x-sjis");
    map("x-windows-949", "euc-kr", "cseuckr", "csksc56011987", "iso-ir-149", "korean",
        "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949");
    map("UTF-16LE", "utf-16", "utf-16le", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode",
        "unicodefeff");
    map("UTF-16BE", "utf-16be", "unicodefffe");
    map("ISO-8859-15", "iso-8859-15", "csisolatin9", "iso8859-15", "iso885915", "iso_8859-15",
        "l9");
    map("windows-1251", "windows-1251", "cp1251", "x-cp1251");
    map("KOI8-R", "koi8-r", "cskoi8r", "koi", "koi8", "koi8_r");
    map("KOI8-U", "koi8-u", "koi8-ru");
    map("windows-874", "windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911",
        "tis-620");
  }

  private CharsetLabels() {}

  private static void map(String javaName, String... labels) {
    for (String label : labels) {
      LABEL_TO_JAVA.put(label, javaName);
    }
  }

  /** The charset that decodes {@code label} as browsers do, or empty for an unknown label. */
  public static Optional<Charset> resolve(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.trim().toLowerCase(Locale.ROOT).replaceAll("^[\"']|[\"']$", "");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String javaName = LABEL_TO_JAVA.get(key);
    if (javaName != null) {
      return forName(javaName);
    }
    return forName(key).map(CharsetLabels::remap);
  }

  /** Applies the WHATWG remapping to a charset Java already knows (GBK decoded as GB18030, ...). */
  public static Charset remap(Charset charset) {
    String javaName = LABEL_TO_JAVA.get(charset.name().toLowerCase(Locale.ROOT));
    if (javaName == null) {
      return charset;
    }
    return forName(javaName).orElse(charset);
  }

  private static Optional<Charset> forName(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
