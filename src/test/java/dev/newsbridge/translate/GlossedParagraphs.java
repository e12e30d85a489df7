package dev.newsbridge.translate;

import java.util.List;

/** One Chinese paragraph as the offline engine renders it, for tests that read its English. */
final class GlossedParagraphs {
  private static final Translator TRANSLATOR = new OfflineGlossTranslator();

  private GlossedParagraphs() {}

  /** The English of {@code chinese}, translated as an article's only paragraph. */
  static String paragraph(String chinese) throws TranslationException {
    return TRANSLATOR.translate(new TranslationRequest("zh", "", List.of(chinese)))
        .paragraphs().get(0);
  }
}
