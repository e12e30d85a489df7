package dev.newsbridge.translate.internal;

import java.util.Map;

/**
 * Toneless Hanyu Pinyin syllables in the Wade-Giles spelling Taiwan writes its people's names in
 * (passports, the government, Taiwan's English press): without apostrophes or umlauts, as Taiwan
 * does (清 qing → ching, 曉 xiao → hsiao, 德 de → te, 蔡 cai → tsai, 志 zhi → chih). Written for
 * Newsbridge from the published correspondence of the two systems.
 */
final class WadeGiles {
  /** Whole syllables the initial-and-final rules below do not give. */
  private static final Map<String, String> WHOLE = Map.ofEntries(
      Map.entry("zhi", "chih"), Map.entry("chi", "chih"), Map.entry("shi", "shih"),
      Map.entry("ri", "jih"), Map.entry("zi", "tzu"), Map.entry("ci", "tzu"),
      Map.entry("si", "szu"), Map.entry("er", "erh"), Map.entry("ye", "yeh"),
      Map.entry("yan", "yen"), Map.entry("you", "yu"), Map.entry("yong", "yung"),
      Map.entry("yue", "yueh"), Map.entry("yv", "yu"), Map.entry("yve", "yueh"),
      Map.entry("yvan", "yuan"), Map.entry("yvn", "yun"));
  /** Initials, longest first so that zh is not read as z. */
  private static final String[] INITIALS =
      {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
          "r", "z", "c", "s", "y", "w"};
  private static final Map<String, String> INITIAL = Map.ofEntries(
      Map.entry("zh", "ch"), Map.entry("j", "ch"), Map.entry("q", "ch"), Map.entry("x", "hs"),
      Map.entry("r", "j"), Map.entry("z", "ts"), Map.entry("c", "ts"), Map.entry("b", "p"),
      Map.entry("d", "t"), Map.entry("g", "k"));

  private WadeGiles() {}

  /**
   * {@code pinyin} (one toneless syllable, lower case, ü written v or ü) in Taiwan's Wade-Giles;
   * anything that is not a pinyin syllable comes back unchanged.
   */
  static String syllable(String pinyin) {
    String py = pinyin.replace('ü', 'v');
    String whole = WHOLE.get(py);
    if (whole != null) {
      return whole;
    }
    String initial = initialOf(py);
    String fin = py.substring(initial.length());
    return INITIAL.getOrDefault(initial, initial) + finalAfter(initial, fin);
  }

  private static String initialOf(String py) {
    for (String initial : INITIALS) {
      if (py.startsWith(initial) && py.length() > initial.length()) {
        return initial;
      }
    }
    return "";
  }

  private static String finalAfter(String initial, String fin) {
    boolean velar = initial.equals("g") || initial.equals("k") || initial.equals("h");
    return switch (fin) {
      case "ong" -> "ung";
      case "iong" -> "iung";
      case "ian" -> "ien";
      case "ie" -> "ieh";
      case "ue", "ve" -> "ueh";
      case "v" -> "u";
      case "van" -> "uan";
      case "vn" -> "un";
      case "e" -> velar ? "o" : "e";
      case "uo" -> velar || initial.equals("sh") ? "uo" : "o";
      case "ui" -> initial.equals("g") || initial.equals("k") ? "uei" : "ui";
      default -> fin;
    };
  }
}
