package dev.newsbridge.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor found on one article page. Fields the page did not give are null.
 *
 * @param url the page URL (canonical when the page declares one)
 * @param title the headline (not the HTML title with the site name)
 * @param author the reporter(s), e.g. "胡含嫣"
 * @param outlet the credited publisher, e.g. "澎湃新闻" (may differ from the feed's site)
 * @param publishedAt publication time with its offset
 * @param paragraphs the body, one plain-text paragraph each, in order
 * @param charset the charset used to decode the page
 * @param warnings what looked wrong (mojibake, no body found, ...)
 */
public record ExtractedArticle(
    URI url,
    String title,
    String author,
    String outlet,
    OffsetDateTime publishedAt,
    List<String> paragraphs,
    String charset,
    List<String> warnings) {
  public ExtractedArticle {
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }
}
