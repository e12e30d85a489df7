package dev.newsbridge.translate.engine.internal;

import dev.newsbridge.translate.Entity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat messages that ask an LLM for a translation: a system message with the rules and the
 * article's resolved names (each placeholder, its Chinese and its English), and a user message
 * holding the paragraphs as JSON. Only names that occur in the batch are listed, so the prompt
 * stays short for long articles.
 */
public final class ChatPrompt {
  private static final Pattern PLACEHOLDER = Pattern.compile("⟦(\\d{1,4})⟧");

  private ChatPrompt() {}

  public static List<Map<String, String>> messages(
      String language, List<String> paragraphs, List<Entity> names) {
    return List.of(
        Map.of("role", "system", "content", system(language, paragraphs, names)),
        Map.of("role", "user", "content", user(paragraphs)));
  }

  static String system(String language, List<String> paragraphs, List<Entity> names) {
    StringBuilder s = new StringBuilder()
        .append("You are a careful news translator. Translate each paragraph of a ")
        .append(languageName(language)).append(" news article into faithful, fluent English.\n")
        .append("Rules:\n")
        .append("1. The input is a JSON object {\"paragraphs\": [...]} with ")
        .append(paragraphs.size()).append(" strings. Answer with only a JSON object")
        .append(" {\"paragraphs\": [...]} holding exactly ").append(paragraphs.size())
        .append(" English strings, one per input paragraph, in the same order. Never merge,")
        .append(" split, drop or add paragraphs.\n")
        .append("2. Tokens such as ⟦1⟧ stand for names. Copy every token exactly as written,")
        .append(" where the name belongs in the English sentence. Do not translate, spell out or")
        .append(" drop a token.\n")
        .append("3. Plain text only: no Markdown, no HTML, no notes or explanations.\n");
    String glossary = glossary(paragraphs, names);
    if (!glossary.isEmpty()) {
      s.append("Glossary (token = Chinese = English name; for grammar only, write the token):\n")
          .append(glossary);
    }
    return s.toString();
  }

  static String user(List<String> paragraphs) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("paragraphs", paragraphs);
    try {
      return JsonHttp.JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String glossary(List<String> paragraphs, List<Entity> names) {
    StringBuilder g = new StringBuilder();
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    for (String p : paragraphs) {
      Matcher m = PLACEHOLDER.matcher(p);
      while (m.find()) {
        seen.add(Integer.parseInt(m.group(1)));
      }
    }
    for (int id : seen) {
      if (id >= 1 && id <= names.size()) {
        Entity e = names.get(id - 1);
        g.append("⟦").append(id).append("⟧ = ").append(e.original()).append(" = ")
            .append(e.english());
        if (e.type() != null) {
          g.append(" (").append(e.type().name().toLowerCase(Locale.ROOT)).append(')');
        }
        g.append('\n');
      }
    }
    return g.toString();
  }

  private static String languageName(String language) {
    String name = Locale.forLanguageTag(language == null ? "zh" : language)
        .getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? "foreign-language" : name;
  }
}
