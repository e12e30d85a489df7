package dev.newsbridge.story;

import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the story stage reads of one article: its original text, its English text (the translation,
 * or the original when that is English) and the canonical English names of its entities.
 *
 * @param id the store's article id
 * @param time publication time (fetch time when the page gave none)
 * @param language the original's language code
 * @param title the original headline ("" when none)
 * @param paragraphs the original body
 * @param englishTitle the English headline, or "" when there is no English text yet
 * @param englishParagraphs the English body, or empty
 * @param entities canonical English entity names, e.g. "Sam Altman"
 * @param outlet the credited outlet or source name
 */
public record StoryArticle(
    long id,
    Instant time,
    String language,
    String title,
    List<String> paragraphs,
    String englishTitle,
    List<String> englishParagraphs,
    Set<String> entities,
    String outlet) {
  public StoryArticle {
    title = title == null ? "" : title;
    englishTitle = englishTitle == null ? "" : englishTitle;
    paragraphs = List.copyOf(paragraphs);
    englishParagraphs = List.copyOf(englishParagraphs);
    entities = Set.copyOf(entities);
    outlet = outlet == null ? "" : outlet;
  }

  /** A stored article as the story stage sees it. */
  public static StoryArticle of(StoredArticle a) {
    Translation t = a.translation();
    boolean english = "en".equals(a.language());
    String englishTitle = t != null ? t.title() : english ? a.original().title() : "";
    List<String> englishBody =
        t != null ? t.paragraphs() : english ? a.original().paragraphs() : List.of();
    Set<String> entities = new LinkedHashSet<>();
    if (t != null) {
      for (Entity e : t.entities()) {
        if (e.type() != Entity.Type.OTHER) {
          entities.add(e.english());
        }
      }
    }
    String outlet = a.original().outlet();
    return new StoryArticle(
        a.id(),
        a.sortTime().toInstant(),
        a.language(),
        a.original().title(),
        a.original().paragraphs(),
        englishTitle,
        englishBody,
        entities,
        outlet == null || outlet.isBlank() ? a.sourceName() : outlet);
  }

  /** True when the original is written in Chinese (compared by its own characters). */
  public boolean chinese() {
    return language != null && language.startsWith("zh");
  }
}
