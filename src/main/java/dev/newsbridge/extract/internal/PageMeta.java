package dev.newsbridge.extract.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in markup: {@code <meta>} tags (Open Graph, article:*, name=author,
 * pubdate, ...), {@code itemprop} microdata, and the first JSON-LD object that describes an article.
 * Read before cleaning, because the cleaner removes {@code <head>} and scripts.
 */
public final class PageMeta {
  /** JSON-LD scripts longer than this are skipped: {@value} characters. */
  static final int MAX_JSON_LD_LENGTH = 1_000_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(200)
                          .maxStringLength(MAX_JSON_LD_LENGTH)
                          .build())
                  .build())
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting", "liveblogposting",
          "report", "scholarlyarticle", "techarticle");

  private final Map<String, String> tags;
  private final JsonNode jsonLd;
  private final String htmlLang;
  private final List<Element> inlineScripts;

  private PageMeta(
      Map<String, String> tags, JsonNode jsonLd, String htmlLang, List<Element> inlineScripts) {
    this.tags = tags;
    this.jsonLd = jsonLd;
    this.htmlLang = htmlLang;
    this.inlineScripts = inlineScripts;
  }

  /** Reads the metadata of {@code doc}. */
  public static PageMeta read(Document doc) {
    return read(PageIndex.of(doc));
  }

  /** Reads the metadata from the elements {@code index} found. */
  public static PageMeta read(PageIndex index) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element meta : index.metaTags()) {
      String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
      String content = Texts.normalize(meta.attr("content"));
      if (!key.isEmpty() && !content.isEmpty()) {
        tags.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    for (Element e : index.itemprops()) {
      String key = e.attr("itemprop").toLowerCase(Locale.ROOT);
      String value = firstNonEmpty(e.attr("datetime"), e.attr("content"), Texts.normalize(e.text()));
      if (!value.isEmpty() && value.length() < 300) {
        tags.putIfAbsent("itemprop:" + key, value);
      }
    }
    Element html = index.html();
    return new PageMeta(
        tags, findArticleJsonLd(index.jsonLdScripts()), html == null ? "" : html.attr("lang"),
        index.inlineScripts());
  }

  /** The content of the first meta tag among {@code keys} (property, name or itemprop). */
  public Optional<String> tag(String... keys) {
    for (String key : keys) {
      String value = tags.get(key.toLowerCase(Locale.ROOT));
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** A text field of the article's JSON-LD object. */
  public Optional<String> jsonLd(String field) {
    if (jsonLd == null) {
      return Optional.empty();
    }
    JsonNode value = jsonLd.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(Texts.normalize(value.asText()))
        : Optional.empty();
  }

  /** The names in a JSON-LD person or organisation field ({@code author}, {@code publisher}). */
  public List<String> jsonLdNames(String field) {
    List<String> names = new ArrayList<>();
    if (jsonLd == null || jsonLd.get(field) == null) {
      return names;
    }
    JsonNode value = jsonLd.get(field);
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      String name = item.isTextual() ? item.asText() : item.path("name").asText("");
      name = Texts.normalize(name);
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * The publication time the page's inline scripts declare: Unix seconds or a date ({@link
   * ScriptTimes}). Read when asked, once per page (the scripts are kept when the cleaner removes
   * them), as most pages declare the time in their meta tags.
   */
  Optional<ScriptTimes.Declared> scriptTime() {
    return ScriptTimes.declaredIn(inlineScripts);
  }

  /** The {@code lang} attribute of {@code <html>}, or "". */
  public String htmlLang() {
    return htmlLang;
  }

  private static JsonNode findArticleJsonLd(List<Element> scripts) {
    for (Element script : scripts) {
      String json = script.data();
      if (json.length() > MAX_JSON_LD_LENGTH) {
        continue;
      }
      try {
        JsonNode found = findArticle(JSON.readTree(json.strip()));
        if (found != null) {
          return found;
        }
      } catch (JsonProcessingException | RuntimeException e) {
        // Broken JSON-LD is common; the page simply has none we can use.
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    return node.has("@graph") ? findArticle(node.get("@graph")) : null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
