package dev.newsbridge.translate;

import java.util.List;

/**
 * What to translate: one article, so that entity names are resolved once for the whole text.
 *
 * @param sourceLanguage BCP 47 tag of the text, e.g. "zh"
 * @param title the original headline (may be empty)
 * @param paragraphs the original body paragraphs, plain text
 * @param credits names the page credits outside the body (reporter, outlet), resolved with the
 *     article's entities so that pages can show them in English ("胡含嫣" as "Hu Hanyan"); they
 *     appear in {@link Translation#entities()}, not in its paragraphs
 */
public record TranslationRequest(
    String sourceLanguage, String title, List<String> paragraphs, List<String> credits) {
  public TranslationRequest {
    paragraphs = List.copyOf(paragraphs);
    credits = List.copyOf(credits);
  }

  /** A request without credits. */
  public TranslationRequest(String sourceLanguage, String title, List<String> paragraphs) {
    this(sourceLanguage, title, paragraphs, List.of());
  }
}
