package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entity of an article with the one English name it gets everywhere in that article.
 *
 * @param id the placeholder number, 1-based
 * @param chinese the first form it was written in
 * @param english the full name, used at its first mention and in the entity list
 * @param shortForm the name for later mentions (Altman after Sam Altman)
 * @param type the entity type; null for a glossary term that is protected but not an entity
 * @param wrongRenderings what an engine might write instead (Ultraman, a pinyin spelling), which
 *     the repair step replaces when a placeholder was lost; longest first
 */
public record ResolvedEntity(
    int id,
    String chinese,
    String english,
    String shortForm,
    Entity.Type type,
    Set<String> wrongRenderings) {
  public ResolvedEntity {
    // Longest first (a rendering inside another must not break it), the same order on every run.
    List<String> ordered = new ArrayList<>(wrongRenderings);
    ordered.sort(LONGEST_FIRST);
    wrongRenderings = Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
  }

  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

  public Entity toEntity() {
    return new Entity(chinese, english, type);
  }
}
