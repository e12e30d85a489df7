package dev.newsbridge.language;

/**
 * A detected language.
 *
 * @param code BCP 47 primary tag: "zh", "en", or "und" when unknown
 * @param confidence 0..1
 */
public record Language(String code, double confidence) {
  public static final Language UNKNOWN = new Language("und", 0);

  public boolean isEnglish() {
    return "en".equals(code);
  }
}
