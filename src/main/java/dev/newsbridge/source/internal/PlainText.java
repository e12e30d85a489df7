package dev.newsbridge.source.internal;

import org.jsoup.Jsoup;

/**
 * Feed titles and author names as plain text: markup stripped (feeds put {@code <b>} and worse in
 * titles), entities decoded, whitespace collapsed, script and style content dropped. The result is
 * text, to be escaped wherever it is shown.
 */
public final class PlainText {
  private PlainText() {}

  /** The plain text of {@code html}, or null when null or nothing but whitespace. */
  public static String of(String html) {
    if (html == null) {
      return null;
    }
    String text = Jsoup.parseBodyFragment(html).body().text().trim();
    return text.isEmpty() ? null : text;
  }
}
