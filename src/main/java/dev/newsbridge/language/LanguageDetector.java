package dev.newsbridge.language;

import dev.newsbridge.language.internal.LatinProfiles;
import dev.newsbridge.language.internal.ScriptCounts;
import java.lang.Character.UnicodeScript;
import java.util.Map;

/**
 * Tells which language a text is written in, from its scripts first: Han characters mean Chinese,
 * unless kana are mixed in (Japanese); hangul means Korean; Cyrillic, Arabic, Greek, Hebrew, Thai
 * and Devanagari have one default language each. Latin-script text is told apart by function words
 * (English, French, German, Spanish, Portuguese, Italian, Indonesian).
 *
 * <p>A Han character weighs as much as {@value #LATIN_LETTERS_PER_HAN} Latin letters, so a Chinese
 * article quoting "OpenAI" and "ChatGPT" stays Chinese. Texts with fewer than {@value
 * #MIN_LETTERS} weighted letters are "und". Only the first {@value #SAMPLE_LIMIT} characters are
 * read. Stateless and thread-safe.
 */
public final class LanguageDetector {
  /** Below this many weighted letters the language is unknown: {@value}. */
  public static final int MIN_LETTERS = 20;

  /** Characters read from the start of the text: {@value}. */
  public static final int SAMPLE_LIMIT = 20_000;

  /** How many Latin letters one Han character is worth: {@value}. */
  public static final int LATIN_LETTERS_PER_HAN = 3;

  /** Kana share of Han plus kana above which Han text is Japanese: {@value}. */
  static final double JAPANESE_KANA_SHARE = 0.1;

  /** Function-word share at which a Latin-script guess is fully confident: {@value}. */
  static final double CONFIDENT_FUNCTION_WORD_SHARE = 0.2;

  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES =
      Map.of(
          UnicodeScript.HANGUL, "ko",
          UnicodeScript.CYRILLIC, "ru",
          UnicodeScript.ARABIC, "ar",
          UnicodeScript.GREEK, "el",
          UnicodeScript.HEBREW, "he",
          UnicodeScript.THAI, "th",
          UnicodeScript.DEVANAGARI, "hi");

  /** The language of {@code text}; {@link Language#UNKNOWN} for null, empty or too little text. */
  public Language detect(String text) {
    if (text == null || text.isBlank()) {
      return Language.UNKNOWN;
    }
    ScriptCounts counts = ScriptCounts.of(text, SAMPLE_LIMIT);
    int han = counts.of(UnicodeScript.HAN);
    int kana = counts.kana();
    int eastAsian = (han + kana + counts.of(UnicodeScript.HANGUL)) * LATIN_LETTERS_PER_HAN;
    int weighted = counts.letters() - han - kana - counts.of(UnicodeScript.HANGUL) + eastAsian;
    if (weighted < MIN_LETTERS) {
      return Language.UNKNOWN;
    }
    if (han + kana > 0 && (han + kana) * LATIN_LETTERS_PER_HAN * 2 >= weighted) {
      double share = (double) (han + kana) * LATIN_LETTERS_PER_HAN / weighted;
      boolean japanese = kana >= (han + kana) * JAPANESE_KANA_SHARE;
      return new Language(japanese ? "ja" : "zh", round(share));
    }
    int hangul = counts.of(UnicodeScript.HANGUL) * LATIN_LETTERS_PER_HAN;
    if (hangul * 2 >= weighted) {
      return new Language("ko", round((double) hangul / weighted));
    }
    UnicodeScript dominant = counts.dominant();
    if (SCRIPT_LANGUAGES.containsKey(dominant)) {
      return new Language(SCRIPT_LANGUAGES.get(dominant), round((double) counts.of(dominant) / weighted));
    }
    if (dominant == UnicodeScript.LATIN) {
      return latin(text, (double) counts.of(UnicodeScript.LATIN) / weighted);
    }
    return Language.UNKNOWN;
  }

  private static Language latin(String text, double latinShare) {
    LatinProfiles.Match match = LatinProfiles.best(text, SAMPLE_LIMIT);
    if ("und".equals(match.code())) {
      return Language.UNKNOWN;
    }
    double certainty = Math.min(1, match.share() / CONFIDENT_FUNCTION_WORD_SHARE);
    return new Language(match.code(), round(latinShare * certainty));
  }

  private static double round(double confidence) {
    return Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000.0;
  }
}
