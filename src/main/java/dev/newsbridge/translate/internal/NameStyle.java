package dev.newsbridge.translate.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.List;
import java.util.Locale;

/**
 * How an article's Chinese personal names are written in English: in Hanyu Pinyin, as the
 * mainland and Singapore write them, or in the Wade-Giles spelling Taiwan uses for its people
 * (賴清德 is Lai Ching-te in Taiwan's English, never Lai Qingde).
 */
public enum NameStyle {
  PINYIN,
  TAIWAN;

  /** Han characters that differ from their Simplified form, per Han character: Traditional text. */
  private static final double TRADITIONAL_SHARE = 0.05;

  /**
   * The style for an article in {@code languageTag} (BCP 47) made of {@code texts}: a region
   * decides when the tag has one (zh-TW Taiwan; zh-CN, zh-SG, zh-HK Pinyin, as Hong Kong's own
   * Cantonese spellings are beyond the bundled data), then a Traditional script subtag (zh-Hant);
   * otherwise the text decides: Traditional characters, as Taiwan's outlets print, mean Taiwan.
   */
  public static NameStyle of(String languageTag, List<String> texts) {
    Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
    if (!locale.getCountry().isEmpty()) {
      return locale.getCountry().equals("TW") ? TAIWAN : PINYIN;
    }
    if (!locale.getScript().isEmpty()) {
      return locale.getScript().equals("Hant") ? TAIWAN : PINYIN;
    }
    return isTraditional(texts) ? TAIWAN : PINYIN;
  }

  private static boolean isTraditional(List<String> texts) {
    int han = 0;
    int traditional = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
          traditional += ChineseScripts.simplified(c) != c ? 1 : 0;
        }
      }
    }
    return han > 0 && traditional >= 3 && traditional >= TRADITIONAL_SHARE * han;
  }
}
