package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.List;

/**
 * One sense of a glossary headword.
 *
 * @param chinese the headword as written in Chinese text, e.g. "奥特曼"
 * @param english the full canonical English name, e.g. "Sam Altman"
 * @param type the entity type; null for a plain term (苹果 the fruit) that is not an entity
 * @param shortForm the form for later mentions, e.g. "Altman"; equals {@code english} when none
 * @param cues words whose presence in the article selects this sense of an ambiguous headword
 * @param cuesRequired true when this sense applies only if at least one cue is present
 */
public record GlossaryEntry(
    String chinese, String english, Entity.Type type, String shortForm, List<String> cues, boolean cuesRequired) {
  public GlossaryEntry {
    cues = List.copyOf(cues);
  }

  public boolean isEntity() {
    return type != null;
  }
}
