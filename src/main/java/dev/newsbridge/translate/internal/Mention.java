package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * A name found in the original text, characters [start, end), with its English form.
 *
 * @param chinese the text of the mention
 * @param english the canonical full English name
 * @param shortForm the form for later mentions
 * @param type the entity type; null for a glossary term that is not an entity
 * @param glossary true when the glossary named it, false when a recogniser and romanisation did
 * @param identity what makes mentions one entity of an article: type and English name, or for a
 *     person named by surname only the written form (王某 and 王某某 are two people)
 */
public record Mention(
    int start,
    int end,
    String chinese,
    String english,
    String shortForm,
    Entity.Type type,
    boolean glossary,
    String identity) {
  /** A mention that is one entity with every other of its type and English name. */
  public Mention(int start, int end, String chinese, String english, String shortForm,
      Entity.Type type, boolean glossary) {
    this(start, end, chinese, english, shortForm, type, glossary, type + "\t" + english);
  }

  /** True when this mention shares a character with [{@code from}, {@code to}). */
  public boolean overlaps(int from, int to) {
    return start < to && from < end;
  }

  /**
   * The mentions of {@code sorted} that overlap none kept before them, in order: one place, one
   * mention (the order of {@code sorted} decides which of two overlapping ones wins).
   */
  static List<Mention> apart(List<Mention> sorted) {
    List<Mention> apart = new ArrayList<>();
    for (Mention m : sorted) {
      if (apart.isEmpty() || m.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(m);
      }
    }
    return apart;
  }
}
