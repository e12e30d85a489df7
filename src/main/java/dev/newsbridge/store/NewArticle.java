package dev.newsbridge.store;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.translate.Translation;
import java.time.Instant;
import java.util.List;

/**
 * An article ready to store: every stage's output, as it came out of that stage.
 *
 * @param sourceId the source it came from
 * @param language detected language code of the original
 * @param original the extracted original (its URL is the unique key)
 * @param translation the English translation, or null while pending (or for English originals)
 * @param tags tags, possibly empty
 * @param fetchedAt when the page was fetched
 */
public record NewArticle(
    long sourceId,
    String language,
    ExtractedArticle original,
    Translation translation,
    List<Tag> tags,
    Instant fetchedAt) {
  public NewArticle {
    tags = List.copyOf(tags);
  }
}
