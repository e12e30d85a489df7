package dev.newsbridge.source;

import java.util.Locale;

/**
 * What kind of document a source's URL serves, and so how its article links are read. Stored by
 * {@link #label()}; {@code sources add} detects it, and each read checks the document again.
 */
public enum SourceKind {
  /** RSS 0.9x/1.0/2.0 or Atom. */
  FEED,
  /** JSON Feed 1.0 or 1.1 (jsonfeed.org). */
  JSON_FEED,
  /** A sitemap, a sitemap index or a Google News sitemap (sitemaps.org). */
  SITEMAP,
  /** An HTML section front page whose article links we find ourselves. */
  HTML_LISTING;

  /** The stored and displayed name: {@code feed}, {@code json_feed}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a stored label names; unknown or null labels read as {@link #FEED}. */
  public static SourceKind ofLabel(String label) {
    for (SourceKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
        return kind;
      }
    }
    return FEED;
  }
}
