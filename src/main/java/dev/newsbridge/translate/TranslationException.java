package dev.newsbridge.translate;

/** A translation backend failed; the article is kept untranslated and retried. */
public class TranslationException extends Exception {
  public TranslationException(String message, Throwable cause) {
    super(message, cause);
  }

  public TranslationException(String message) {
    super(message);
  }
}
