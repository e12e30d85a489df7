package dev.newsbridge.translate;

import java.util.List;

/**
 * What to translate: one article, so that entity names are resolved once for the whole text.
 *
 * @param sourceLanguage BCP 47 tag of the text, e.g. "zh"
 * @param title the original headline (may be empty)
 * @param paragraphs the original body paragraphs, plain text
 */
public record TranslationRequest(String sourceLanguage, String title, List<String> paragraphs) {
  public TranslationRequest {
    paragraphs = List.copyOf(paragraphs);
  }
}
