package dev.newsbridge.translate;

import java.util.List;

/**
 * The engine port behind the entity layer: plain-text paragraphs in, English paragraphs out, one
 * for one. The paragraphs reaching an engine have every recognised name replaced by a placeholder
 * such as {@code ⟦3⟧}; an engine must copy placeholders through unchanged (a glossary prompt says
 * so to an LLM). The entity layer puts the names back and repairs placeholders that an engine
 * mangles ({@code [3]}, {@code 【3】}) or drops. Engines: offline gloss now; OpenAI-compatible,
 * LibreTranslate and DeepL later, each wrapped by {@link EntityAwareTranslator}.
 */
public interface TranslationEngine {

  /** A stable id stored with each translation, e.g. "offline-gloss". */
  String engineId();

  /** What readers are told about the translation, e.g. "Translated ... by the offline ...". */
  String label();

  /**
   * Translates placeholder-protected paragraphs from {@code sourceLanguage} into English.
   *
   * @return exactly one English paragraph per input paragraph, in order
   * @throws TranslationException when the backend fails
   */
  List<String> translate(String sourceLanguage, List<String> paragraphs)
      throws TranslationException;

  /**
   * As {@link #translate(String, List)}, told what each placeholder stands for: {@code
   * names.get(i)} is placeholder {@code ⟦i+1⟧} (its Chinese and its English name). Engines that
   * can use a glossary (an LLM prompt) override this; the others ignore the names.
   */
  default List<String> translate(String sourceLanguage, List<String> paragraphs, List<Entity> names)
      throws TranslationException {
    return translate(sourceLanguage, paragraphs);
  }
}
