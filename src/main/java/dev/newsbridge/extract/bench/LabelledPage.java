package dev.newsbridge.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One corpus page and its labels. A null label means "not labelled" (not "the page has none") and
 * is left out of scoring.
 *
 * @param subset the folder, e.g. "zh-cwced"
 * @param id the file stem
 * @param html the page file
 * @param url the labelled URL, or null
 * @param title the labelled headline, or null
 * @param author the labelled author(s), or null
 * @param publishTime the labelled time as written (e.g. "2005-5-7 21:23:57", "1998-3"), or null
 * @param content the labelled body text, or null
 * @param mustContain snippets a correct body contains (may be empty)
 * @param mustNotContain snippets a correct body leaves out (may be empty)
 */
public record LabelledPage(
    String subset,
    String id,
    Path html,
    String url,
    String title,
    String author,
    String publishTime,
    String content,
    List<String> mustContain,
    List<String> mustNotContain) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every page of every subset folder under {@code corpus} ({@code baselines/} excluded), sorted. */
  public static List<LabelledPage> loadAll(Path corpus) throws IOException {
    List<LabelledPage> pages = new ArrayList<>();
    try (Stream<Path> subsets = Files.list(corpus)) {
      for (Path dir : subsets.filter(Files::isDirectory).sorted().toList()) {
        if (!dir.getFileName().toString().equals("baselines")) {
          pages.addAll(loadSubset(dir));
        }
      }
    }
    return pages;
  }

  private static List<LabelledPage> loadSubset(Path dir) throws IOException {
    List<LabelledPage> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String stem = html.getFileName().toString().replaceFirst("\\.html$", "");
        Path labels = dir.resolve(stem + ".json");
        JsonNode json = Files.exists(labels) ? JSON.readTree(labels.toFile()) : JSON.createObjectNode();
        pages.add(
            new LabelledPage(dir.getFileName().toString(), stem, html, text(json, "url"),
                text(json, "title"), text(json, "author"), text(json, "publish_time"),
                text(json, "content"), list(json, "must_contain"), list(json, "must_not_contain")));
      }
    }
    return pages;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> list(JsonNode json, String field) {
    List<String> values = new ArrayList<>();
    JsonNode value = json.get(field);
    if (value != null && value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    }
    return values;
  }
}
