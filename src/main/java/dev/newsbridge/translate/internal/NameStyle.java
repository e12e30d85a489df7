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
    return ChineseScripts.isTraditional(texts) ? TAIWAN : PINYIN;
  }
}
