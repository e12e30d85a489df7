package dev.newsbridge.translate;

/**
 * The translation port: one article's title and paragraphs in, English out, with every entity
 * name resolved to one canonical English form. Implementations wrap a backend engine (offline
 * gloss, OpenAI-compatible, LibreTranslate, DeepL) in the entity layer.
 */
public interface Translator {

  /** A stable id stored with each translation, e.g. "offline-gloss". */
  String engineId();

  /**
   * Translates {@code request} to English.
   *
   * @throws TranslationException when the backend fails; the caller keeps the original text and
   *     retries later, it never drops the article
   */
  Translation translate(TranslationRequest request) throws TranslationException;
}
