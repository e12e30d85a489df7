package dev.newsbridge.story.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbridge.translate.OfflineGlossTranslator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-language bench on a corpus in story-dev's format built from this project's story
 * fixtures: two outlets' Chinese reports of one event, and two different earthquakes. Each pair is
 * judged as a Chinese report against the other report in English (its translation by the real
 * offline engine), and the four are replayed with translations and with every second in English.
 */
class CrossLanguageBenchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path corpus;

  private ObjectNode article(String fixture, String id, String story, String event)
      throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/dev/newsbridge/story/" + fixture)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] parts = text.split("\n\n", 2);
    ObjectNode n = JSON.createObjectNode();
    for (String line : parts[0].split("\n")) {
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "title" -> n.put("title", value);
        case "outlet" -> n.put("source", value);
        case "lang" -> n.put("lang", value);
        case "time" -> n.put("date", value.substring(0, 10));
        default -> {}
      }
    }
    n.put("text", parts[1].strip());
    n.put("id", id);
    n.put("doc_id", id);
    n.put("cluster", story);
    n.put("event", event);
    return n;
  }

  private ObjectNode pair(ObjectNode a, ObjectNode b, String relation, int event, int story) {
    ObjectNode p = JSON.createObjectNode();
    p.set("a", a);
    p.set("b", b);
    p.put("relation", relation);
    p.put("label", event);
    p.put("story_label", story);
    return p;
  }

  @Test
  void judgesEachPairAcrossLanguagesAndReplaysTheArticlesWithTranslationsAndMixed()
      throws IOException {
    String car = "one-event-many-reports/";
    String quakes = "look-alike-events/";
    ObjectNode carA = article(car + "zh-outlet-a-report.txt", "car-a", "car", "car-1");
    ObjectNode carB = article(car + "zh-outlet-b-report.txt", "car-b", "car", "car-1");
    ObjectNode chile = article(quakes + "zh-earthquake-chile.txt", "quake-cl", "chile", "chile-1");
    ObjectNode yunnan =
        article(quakes + "zh-earthquake-yunnan.txt", "quake-yn", "yunnan", "yunnan-1");
    List<String> clusters = new ArrayList<>();
    for (ObjectNode n : List.of(carA, carB, chile, yunnan)) {
      clusters.add(JSON.writeValueAsString(n));
    }
    Files.write(corpus.resolve(StoryBench.CLUSTERS_FILE), clusters);
    Files.write(corpus.resolve(StoryBench.PAIRS_FILE), List.of(
        JSON.writeValueAsString(pair(carA, carB, "same_event", 1, 1)),
        JSON.writeValueAsString(pair(chile, yunnan, "other_story_similar", 0, 0))));
    List<Integer> progress = new ArrayList<>();

    CrossLanguageBench.Result r =
        new CrossLanguageBench(new OfflineGlossTranslator()).run(corpus, progress::add);

    assertThat(r.translated()).isEqualTo(4);
    assertThat(r.byRelation()).containsOnlyKeys("same_event", "other_story_similar");
    assertThat(r.byRelation().get("same_event")[1].accuracy())
        .as("the two outlets' reports, one in English, are one story").isEqualTo(1.0);
    assertThat(r.byRelation().get("other_story_similar")[1].accuracy())
        .as("the two earthquakes, one in English, are not").isEqualTo(1.0);
    assertThat(r.story().pairs()).isEqualTo(2);
    assertThat(r.translatedStream()[0].f1())
        .as("with translations: the car reports one story, the earthquakes two").isEqualTo(1.0);
    assertThat(r.mixedStream()[0].f1())
        .as("every second report in English: the same stories").isEqualTo(1.0);
  }

  @Test
  void theLeadIsTheFirstParagraphsUpToTheWindowsLeadLength() {
    String long1 = "甲".repeat(1000);
    String long2 = "乙".repeat(1000);

    List<String> lead = CrossLanguageBench.lead(List.of(long1, long2, "丙"));

    assertThat(lead).hasSize(2);
    assertThat(lead.get(0)).isEqualTo(long1);
    assertThat(lead.get(1)).hasSize(500);
  }
}
