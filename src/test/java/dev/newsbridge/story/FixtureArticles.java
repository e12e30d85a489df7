package dev.newsbridge.story;

import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the story fixtures (header lines {@code key: value}, a blank line, then paragraphs
 * separated by blank lines) as the story stage sees stored articles: Chinese ones translated by
 * the real offline engine, so their English text and entity names are what the site would have.
 */
final class FixtureArticles {
  private static final OfflineGlossTranslator TRANSLATOR = new OfflineGlossTranslator();
  private static long nextId = 1;

  private FixtureArticles() {}

  static StoryArticle load(String folder, String name) {
    String text = read(folder + "/" + name + ".txt");
    String[] parts = text.split("\n\n", 2);
    Map<String, String> header = new LinkedHashMap<>();
    for (String line : parts[0].split("\n")) {
      int colon = line.indexOf(':');
      header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : parts[1].split("\n\\s*\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    String title = header.get("title");
    String language = header.get("lang");
    String englishTitle = title;
    List<String> englishBody = paragraphs;
    Set<String> entities = Set.of();
    ArticleRegions regions = ArticleRegions.ofEnglish(title, paragraphs);
    if (!language.equals("en")) {
      Translation t = translate(language, title, paragraphs);
      englishTitle = t.title();
      englishBody = t.paragraphs();
      entities = StoryArticle.names(t.entities());
      regions = ArticleRegions.of(t.entities(), title, paragraphs);
    }
    return new StoryArticle(
        nextId++,
        OffsetDateTime.parse(header.get("time")).toInstant(),
        language,
        title,
        paragraphs,
        englishTitle,
        englishBody,
        entities,
        header.get("outlet"),
        header.get("outlet"),
        regions);
  }

  private static Translation translate(String language, String title, List<String> paragraphs) {
    try {
      return TRANSLATOR.translate(new TranslationRequest(language, title, paragraphs));
    } catch (Exception e) {
      throw new IllegalStateException("the offline engine failed on a fixture", e);
    }
  }

  static String fullText(StoryArticle a) {
    return a.title() + "\n" + String.join("\n", a.paragraphs());
  }

  private static String read(String path) {
    try (InputStream in = FixtureArticles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
