package dev.newsbridge.translate;

/**
 * A named entity of the original text and its canonical English name.
 *
 * @param original as written in the source, e.g. "奥特曼"
 * @param english the one English name used everywhere in the article, e.g. "Sam Altman"
 * @param type what kind of entity it is
 */
public record Entity(String original, String english, Type type) {
  public enum Type {
    PERSON,
    ORGANIZATION,
    PLACE,
    OTHER
  }
}
