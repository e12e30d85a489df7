package dev.newsbridge.demo.internal;

import java.util.Locale;

/** The demo's news channels, with the label the outlets print in navigation and breadcrumbs. */
public enum Topic {
  TECHNOLOGY("科技"),
  ECONOMY("财经"),
  ENVIRONMENT("环境"),
  SCIENCE("科学"),
  SPORTS("体育"),
  CULTURE("文化");

  private final String label;

  Topic(String label) {
    this.label = label;
  }

  /** The Chinese channel name, e.g. "科技". */
  public String label() {
    return label;
  }

  /** The lower-case key used in article files and URLs, e.g. "technology". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Topic ofKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
