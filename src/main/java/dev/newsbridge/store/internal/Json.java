package dev.newsbridge.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.translate.Entity;
import java.util.List;

/** The JSON columns: arrays of paragraphs, warnings and entities, written and read by Jackson. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() {};

  private Json() {}

  static String write(List<?> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write JSON column: " + e.getOriginalMessage(), e);
    }
  }

  static List<String> strings(String json) {
    return read(json, STRINGS);
  }

  static List<Entity> entities(String json) {
    return read(json, ENTITIES);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      // Only this package writes these columns, so this means a damaged row.
      throw new IllegalStateException("Corrupt JSON column: " + e.getOriginalMessage(), e);
    }
  }
}
