package dev.newsbridge.story.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.story.ArticleRegions;
import dev.newsbridge.story.StoryArticle;
import dev.newsbridge.translate.ChineseLexicon;
import dev.newsbridge.translate.Entity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** One article of a story-dev style corpus line, with its labels (null when unlabelled). */
record CorpusArticle(StoryArticle article, String story, String event) {

  /**
   * Reads {@code {"title","text","date","source",…}}; paragraphs are the text's lines. A Chinese
   * article's entities are those the translation stage's entity layer would give (the corpus has
   * no translations, and running the whole engine over it is not needed for names).
   */
  static CorpusArticle of(JsonNode n, long id) {
    String text = n.path("text").asText("");
    List<String> paragraphs =
        java.util.Arrays.stream(text.split("\n+")).filter(p -> !p.isBlank()).toList();
    String language = n.path("lang").asText("zh");
    boolean english = language.startsWith("en");
    String title = n.path("title").asText("");
    List<Entity> entities = english ? List.of() : ChineseLexicon.entities(title, paragraphs);
    String source = n.path("source").asText(""); // the outlet, which credits nobody else
    StoryArticle a =
        new StoryArticle(
            id,
            LocalDate.parse(n.path("date").asText("1970-01-01"))
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC),
            language,
            title,
            paragraphs,
            english ? title : "",
            english ? paragraphs : List.of(),
            StoryArticle.names(entities, title, paragraphs),
            source,
            source,
            ArticleRegions.of(entities, title, paragraphs));
    return new CorpusArticle(a, textOrNull(n, "cluster"), textOrNull(n, "event"));
  }

  private static String textOrNull(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
