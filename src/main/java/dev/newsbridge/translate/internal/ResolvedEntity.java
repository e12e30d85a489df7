package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
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
 *     the repair step replaces when a placeholder was lost
 */
public record ResolvedEntity(
    int id,
    String chinese,
    String english,
    String shortForm,
    Entity.Type type,
    Set<String> wrongRenderings) {
  public ResolvedEntity {
    wrongRenderings = Set.copyOf(wrongRenderings);
  }

  public Entity toEntity() {
    return new Entity(chinese, english, type);
  }
}
