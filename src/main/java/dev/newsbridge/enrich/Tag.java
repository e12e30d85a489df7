package dev.newsbridge.enrich;

/**
 * A tag that means something: an entity or a keyphrase, as a readable English phrase.
 *
 * @param name the display name, e.g. "Sam Altman" or "AI safety"
 * @param slug the URL form, e.g. "sam-altman"
 * @param kind where it came from
 */
public record Tag(String name, String slug, Kind kind) {
  public enum Kind {
    PERSON,
    ORGANIZATION,
    PLACE,
    TOPIC
  }
}
