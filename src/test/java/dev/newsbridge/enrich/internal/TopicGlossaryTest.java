package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The curated topic phrases. */
class TopicGlossaryTest {
  @Test
  void keepsItsTopicsInTheOrderGivenSoThatTiedTagsRankTheSameOnEveryRun() {
    // TopicFinder ranks topics found equally often in the glossary's order; an immutable map's
    // order changes from one start of the JVM to the next.
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      given.put("话题" + i, "topic " + i);
    }

    TopicGlossary glossary = new TopicGlossary(given);

    assertThat(glossary.topics().keySet()).containsExactlyElementsOf(given.keySet());
  }
}
