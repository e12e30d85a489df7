package dev.newsbridge.translate;

import java.util.List;

/**
 * An article in English, plain text, with the entities found in the original.
 *
 * @param engine the engine id, e.g. "offline-gloss"
 * @param label what readers are told, e.g. "Translated from Chinese by the offline gloss engine"
 * @param title the English headline
 * @param paragraphs the English paragraphs, aligned one-to-one with the original's
 * @param entities each distinct entity, with its one canonical English name
 */
public record Translation(
    String engine, String label, String title, List<String> paragraphs, List<Entity> entities) {
  public Translation {
    paragraphs = List.copyOf(paragraphs);
    entities = List.copyOf(entities);
  }
}
