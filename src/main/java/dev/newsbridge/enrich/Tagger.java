package dev.newsbridge.enrich;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.translate.Translation;
import java.util.List;

/** Chooses an article's tags: its named entities and keyphrases, as English phrases. */
public interface Tagger {
  /**
   * @param original the extracted original
   * @param translation its translation, or null when pending or English
   */
  List<Tag> tag(ExtractedArticle original, Translation translation);
}
