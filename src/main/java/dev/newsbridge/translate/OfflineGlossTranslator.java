package dev.newsbridge.translate;

import dev.newsbridge.translate.internal.GlossEngine;

/**
 * The default translator: the offline dictionary gloss engine (HanLP segmentation, CC-CEDICT
 * senses chosen by part of speech, exact numbers, dates and money) inside the entity layer. Needs
 * no network and no model. Construct once and share: it is thread-safe, and the dictionaries load
 * once per process (about a second) on the first translation.
 */
public final class OfflineGlossTranslator extends EntityAwareTranslator {
  /** The engine id stored with each translation. */
  public static final String ENGINE_ID = GlossEngine.ENGINE_ID;

  public OfflineGlossTranslator() {
    super(new GlossEngine());
  }
}
