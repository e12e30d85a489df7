package dev.newsbridge.story.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.story.StoryArticle;
import dev.newsbridge.translate.ChineseLexicon;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** One article of a story-dev style corpus line, with its labels (null when unlabelled). */
record CorpusArticle(StoryArticle article, String story, String event) {

  /** Reads {@code {"title","text","date","source",…}}; paragraphs are the text's lines. */
  static CorpusArticle of(JsonNode n, long id) {
    String text = n.path("text").asText("");
    List<String> paragraphs =
        java.util.Arrays.stream(text.split("\n+")).filter(p -> !p.isBlank()).toList();
    String language = n.path("lang").asText("zh");
    boolean english = language.startsWith("en");
    String title = n.path("title").asText("");
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
            english ? Set.of() : entities(title, paragraphs),
            n.path("source").asText(""));
    return new CorpusArticle(a, textOrNull(n, "cluster"), textOrNull(n, "event"));
  }

  /**
   * The canonical English entity names the translation stage would give (its entity layer; the
   * corpus has no translations and running the whole engine over it is not needed for names).
   */
  private static Set<String> entities(String title, List<String> paragraphs) {
    return StoryArticle.names(ChineseLexicon.entities(title, paragraphs));
  }

  private static String textOrNull(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
