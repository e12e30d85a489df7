package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the story stage reads of an article. */
class StoryArticleTest {
  @Test
  void keepsItsEntitiesInTheOrderTheTranslationNamedThem() {
    // Order matters: cross-language agreement reads the first names, the ones a report leads with;
    // an immutable set's order changes from one start of the JVM to the next.
    List<String> named = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      named.add("Name " + (char) ('A' + i));
    }

    StoryArticle a = new StoryArticle(1, Instant.EPOCH, "zh", "标题", List.of("正文"), "Title",
        List.of("Body"), new LinkedHashSet<>(named), "outlet");

    assertThat(a.entities()).containsExactlyElementsOf(named);
  }
}
