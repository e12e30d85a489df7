package dev.newsbridge.demo.internal;

import java.util.Locale;

/**
 * The demo's news channels, with the label the outlets print in navigation and breadcrumbs, in
 * Simplified characters for the mainland outlets and Traditional for the Taipei one.
 */
public enum Topic {
  TECHNOLOGY("科技", "科技"),
  ECONOMY("财经", "財經"),
  ENVIRONMENT("环境", "環境"),
  SCIENCE("科学", "科學"),
  SPORTS("体育", "體育"),
  CULTURE("文化", "文化");

  private final String label;
  private final String traditionalLabel;

  Topic(String label, String traditionalLabel) {
    this.label = label;
    this.traditionalLabel = traditionalLabel;
  }

  /** The Chinese channel name in Simplified characters, e.g. "财经". */
  public String label() {
    return label;
  }

  /** The channel name in Traditional characters, e.g. "財經". */
  public String traditionalLabel() {
    return traditionalLabel;
  }

  /** The lower-case key used in article files and URLs, e.g. "technology". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Topic ofKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
