package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.Set;

/**
 * An article whose names are replaced by placeholders, ready for an engine.
 *
 * @param texts the title and paragraphs, in order, each name replaced by {@link Placeholders}
 * @param entities the resolved entities; entity {@code i} is placeholder {@code i + 1}
 * @param idsPerText which placeholder ids each text holds, for the repair step
 */
public record ProtectedArticle(
    List<String> texts, List<ResolvedEntity> entities, List<Set<Integer>> idsPerText) {
  public ProtectedArticle {
    texts = List.copyOf(texts);
    entities = List.copyOf(entities);
    idsPerText = List.copyOf(idsPerText);
  }
}
