package dev.newsbridge.translate.internal;

/** The coarse part of speech that steers sense choice, mapped from HanLP's PKU-style tags. */
public enum WordClass {
  NOUN,
  PROPER,
  VERB,
  ADJECTIVE,
  OTHER;

  /** Maps a HanLP nature such as "n", "nr", "ns", "vn", "a", "ad" to a word class. */
  public static WordClass of(String nature) {
    if (nature == null || nature.isEmpty()) {
      return OTHER;
    }
    if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")
        || nature.equals("nz") || nature.equals("nx")) {
      return PROPER;
    }
    return switch (nature.charAt(0)) {
      case 'n', 't', 's', 'g' -> NOUN;
      case 'v' -> nature.equals("vn") ? NOUN : VERB;
      case 'a', 'b', 'z' -> ADJECTIVE;
      default -> OTHER;
    };
  }
}
