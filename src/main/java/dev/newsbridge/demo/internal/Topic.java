package dev.newsbridge.demo.internal;

import java.util.Locale;

/**
 * The demo's news channels, with the label the outlets print in navigation and breadcrumbs, in
 * Simplified characters for the mainland outlets, Traditional for the Taipei one and English for
 * the English-language daily.
 */
public enum Topic {
  TECHNOLOGY("科技", "科技", "Technology"),
  ECONOMY("财经", "財經", "Business"),
  ENVIRONMENT("环境", "環境", "Environment"),
  SCIENCE("科学", "科學", "Science"),
  SPORTS("体育", "體育", "Sport"),
  CULTURE("文化", "文化", "Culture");

  private final String label;
  private final String traditionalLabel;
  private final String englishLabel;

  Topic(String label, String traditionalLabel, String englishLabel) {
    this.label = label;
    this.traditionalLabel = traditionalLabel;
    this.englishLabel = englishLabel;
  }

  /** The Chinese channel name in Simplified characters, e.g. "财经". */
  public String label() {
    return label;
  }

  /** The channel name in Traditional characters, e.g. "財經". */
  public String traditionalLabel() {
    return traditionalLabel;
  }

  /** The channel name in English, e.g. "Business". */
  public String englishLabel() {
    return englishLabel;
  }

  /** The lower-case key used in article files and URLs, e.g. "technology". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Topic ofKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
