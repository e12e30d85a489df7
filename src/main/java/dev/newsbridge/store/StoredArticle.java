package dev.newsbridge.store;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.translate.Translation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as stored: the original is always kept beside the translation.
 *
 * @param id the store's id
 * @param sourceId the source's id
 * @param sourceName the source's display name
 * @param language detected language code of the original
 * @param original the extracted original
 * @param translation the translation, or null while pending or when the original is English
 * @param tags tags
 * @param fetchedAt when it was fetched
 */
public record StoredArticle(
    long id,
    long sourceId,
    String sourceName,
    String language,
    ExtractedArticle original,
    Translation translation,
    List<Tag> tags,
    Instant fetchedAt) {
  public StoredArticle {
    tags = List.copyOf(tags);
  }

  /** The English headline if there is one, else the original. */
  public String displayTitle() {
    return translation != null ? translation.title() : original.title();
  }

  /** The English body if there is one, else the original. */
  public List<String> displayBody() {
    return translation != null ? translation.paragraphs() : original.paragraphs();
  }

  /** Publication time, falling back to the fetch time when the page gave none. */
  public OffsetDateTime sortTime() {
    return original.publishedAt() != null
        ? original.publishedAt()
        : fetchedAt.atOffset(java.time.ZoneOffset.UTC);
  }

  public boolean translationPending() {
    return translation == null && !"en".equals(language);
  }
}
