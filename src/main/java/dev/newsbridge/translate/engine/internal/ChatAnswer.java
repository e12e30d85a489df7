package dev.newsbridge.translate.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the paragraphs out of a chat completion's message content. Accepts what real servers and
 * models produce: {@code {"paragraphs": [...]}}, a bare JSON array, an object with one array
 * field, any of them inside a Markdown code fence; and, for a one-paragraph request, plain text.
 * Returns null when nothing usable is there.
 */
public final class ChatAnswer {
  private ChatAnswer() {}

  public static List<String> paragraphs(String content, int expected) {
    if (content == null) {
      return null;
    }
    String text = unfence(content.strip());
    List<String> fromJson = fromJson(text);
    if (fromJson != null) {
      return fromJson;
    }
    boolean looksLikeJson = text.startsWith("{") || text.startsWith("[");
    return expected == 1 && !looksLikeJson && !text.isEmpty() ? List.of(text) : null;
  }

  private static List<String> fromJson(String text) {
    int start = firstOf(text, '{', '[');
    if (start < 0) {
      return null;
    }
    JsonNode node;
    try {
      node = JsonHttp.JSON.readTree(text.substring(start));
    } catch (IOException e) {
      return null;
    }
    if (node != null && node.isObject()) {
      node = node.has("paragraphs") ? node.get("paragraphs") : onlyArrayField(node);
    }
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        return null;
      }
      out.add(item.asText());
    }
    return out;
  }

  private static JsonNode onlyArrayField(JsonNode object) {
    JsonNode found = null;
    for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
      JsonNode value = it.next();
      if (value.isArray()) {
        if (found != null) {
          return null;
        }
        found = value;
      }
    }
    return found;
  }

  private static String unfence(String text) {
    if (!text.startsWith("```")) {
      return text;
    }
    int firstLine = text.indexOf('\n');
    int end = text.lastIndexOf("```");
    return firstLine < 0 || end <= firstLine ? text : text.substring(firstLine + 1, end).strip();
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
