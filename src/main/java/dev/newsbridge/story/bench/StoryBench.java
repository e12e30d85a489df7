package dev.newsbridge.story.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.story.StoryArticle;
import dev.newsbridge.story.StoryAssignment;
import dev.newsbridge.story.StoryClusterer;
import dev.newsbridge.story.internal.Similarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays a story-dev style corpus through {@link StoryClusterer}, the class the site uses, with
 * its thresholds as fixed in code: pair decisions on {@value #PAIRS_FILE} (scored with document
 * frequencies from the clusters file, the window a site would hold), streaming clustering of
 * {@value #CLUSTERS_FILE} in file order, and the cost of one assignment against a synthetic window
 * (see {@link SyntheticWindow}).
 */
public final class StoryBench {
  public static final String PAIRS_FILE = "dtels-event-pairs.jsonl";
  public static final String CLUSTERS_FILE = "dtels-story-clusters.jsonl";

  /** Window for the pair decisions' term statistics: the whole corpus. */
  static final Duration EVERYTHING = Duration.ofDays(365L * 200);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Figures of one run. */
  public record Result(
      PairTally event,
      PairTally story,
      Map<String, PairTally[]> byRelation,
      Grouped grouped,
      BCubed stories,
      BCubed events,
      int articles,
      Timing assign) {}

  /**
   * The labelled pairs scored by where the stream replay put their two articles (same story, same
   * event) rather than by the pair margins: what a reader of the site sees of each pair.
   */
  public record Grouped(PairTally event, PairTally story, Map<String, PairTally[]> byRelation) {}

  /**
   * Mean and 99th percentile of one assignment at a window size, in the assigning thread's CPU
   * time and in wall time; and the heap the clusterer keeps with half and with all the window.
   */
  public record Timing(
      int window,
      int assignments,
      double meanMs,
      double p99Ms,
      double wallMeanMs,
      double wallP99Ms,
      double halfWindowHeapMb,
      double fullWindowHeapMb) {}

  /** Runs everything; {@code syntheticWindow} articles for the cost (0 skips it). */
  public Result run(Path corpus, int syntheticWindow) {
    List<JsonNode> clusterLines = readLines(corpus.resolve(CLUSTERS_FILE));
    List<JsonNode> pairs = readLines(corpus.resolve(PAIRS_FILE));
    List<CorpusArticle> articles = articles(clusterLines);
    PairTally event = new PairTally();
    PairTally story = new PairTally();
    Map<String, PairTally[]> byRelation = new TreeMap<>();
    scorePairs(pairs, articles, event, story, byRelation);
    List<Object> predictedStory = new ArrayList<>();
    List<Object> predictedEvent = new ArrayList<>();
    cluster(articles, predictedStory, predictedEvent);
    Grouped grouped = grouped(clusterLines, pairs, predictedStory, predictedEvent);
    BCubed stories = BCubed.of(predictedStory, articles.stream().map(CorpusArticle::story).toList());
    BCubed events = BCubed.of(predictedEvent, articles.stream().map(CorpusArticle::event).toList());
    Timing timing =
        syntheticWindow > 0 ? new SyntheticWindow(articles).time(syntheticWindow) : null;
    return new Result(
        event, story, byRelation, grouped, stories, events, articles.size(), timing);
  }

  /**
   * Writes, for every pair of {@value #PAIRS_FILE}, its relation, labels and the features behind
   * the pair margins (scored as {@link #run} scores pairs) as CSV, for refitting the weights
   * offline (scripts/fit-story-weights.py).
   */
  public void writePairFeatures(Path corpus, Path out) {
    List<CorpusArticle> window = readClusters(corpus.resolve(CLUSTERS_FILE));
    StoryClusterer clusterer = new StoryClusterer(EVERYTHING, null);
    window.forEach(a -> clusterer.restore(a.article(), a.article().id(), a.article().id(), 0));
    List<String> lines = new ArrayList<>();
    lines.add("relation,label,story_label," + String.join(",", Similarity.FEATURE_NAMES));
    long id = -1;
    for (JsonNode pair : readLines(corpus.resolve(PAIRS_FILE))) {
      StoryArticle a = CorpusArticle.of(pair.get("a"), id--).article();
      StoryArticle b = CorpusArticle.of(pair.get("b"), id--).article();
      StringBuilder line =
          new StringBuilder(pair.path("relation").asText("?"))
              .append(',')
              .append(pair.path("label").asInt())
              .append(',')
              .append(pair.path("story_label").asInt());
      for (double f : clusterer.pairFeatures(a, b)) {
        line.append(String.format(java.util.Locale.ROOT, ",%.6f", f));
      }
      lines.add(line.toString());
    }
    try {
      Files.write(out, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static void scorePairs(
      List<JsonNode> pairs,
      List<CorpusArticle> window,
      PairTally event,
      PairTally story,
      Map<String, PairTally[]> byRelation) {
    StoryClusterer clusterer = new StoryClusterer(EVERYTHING, null);
    window.forEach(a -> clusterer.restore(a.article(), a.article().id(), a.article().id(), 0));
    long id = -1;
    for (JsonNode pair : pairs) {
      StoryArticle a = CorpusArticle.of(pair.get("a"), id--).article();
      StoryArticle b = CorpusArticle.of(pair.get("b"), id--).article();
      tally(pair, clusterer.judge(a, b), event, story, byRelation);
    }
  }

  /**
   * Scores every pair by the replay's places of its articles (each pair's articles are in the
   * clusters file, which {@code predictedStory} and {@code predictedEvent} follow line by line).
   */
  private static Grouped grouped(List<JsonNode> clusterLines, List<JsonNode> pairs,
      List<Object> predictedStory, List<Object> predictedEvent) {
    Map<String, Integer> line = new HashMap<>();
    for (JsonNode article : clusterLines) {
      line.put(article.path("id").asText(), line.size());
    }
    Grouped g = new Grouped(new PairTally(), new PairTally(), new TreeMap<>());
    for (JsonNode pair : pairs) {
      Integer a = line.get(pair.path("a").path("doc_id").asText());
      Integer b = line.get(pair.path("b").path("doc_id").asText());
      if (a != null && b != null) {
        boolean event = predictedEvent.get(a).equals(predictedEvent.get(b));
        boolean story = predictedStory.get(a).equals(predictedStory.get(b));
        tally(pair, new StoryClusterer.PairJudgement(event, story, false, 0, 0), g.event(),
            g.story(), g.byRelation());
      }
    }
    return g;
  }

  /** Counts one pair's decisions against its labels, overall and for its relation. */
  static void tally(
      JsonNode pair,
      StoryClusterer.PairJudgement j,
      PairTally event,
      PairTally story,
      Map<String, PairTally[]> byRelation) {
    boolean sameEvent = pair.path("label").asInt() == 1;
    boolean sameStory = pair.path("story_label").asInt() == 1;
    event.add(j.sameEvent(), sameEvent);
    story.add(j.sameStory(), sameStory);
    PairTally[] r = byRelation.computeIfAbsent(
        pair.path("relation").asText("?"), k -> new PairTally[] {new PairTally(), new PairTally()});
    r[0].add(j.sameEvent(), sameEvent);
    r[1].add(j.sameStory(), sameStory);
  }

  /** Places {@code articles} in order; each one's story (now) and event (as placed), in order. */
  static void cluster(
      List<CorpusArticle> articles, List<Object> predictedStory, List<Object> predictedEvent) {
    Map<Long, String> texts = new HashMap<>();
    StoryClusterer clusterer = new StoryClusterer(texts::get);
    List<StoryAssignment> placed = new ArrayList<>();
    for (CorpusArticle a : articles) {
      texts.put(a.article().id(), fullText(a.article()));
      placed.add(clusterer.assign(a.article()));
    }
    for (StoryAssignment p : placed) {
      // The place now, not when it arrived: a later split may have moved it, or a later report
      // taken it out of its event (issue #6).
      StoryAssignment now = clusterer.placeOf(p.articleId()).orElse(p);
      predictedStory.add(now.storyId());
      predictedEvent.add(now.eventId());
    }
  }

  static String fullText(StoryArticle a) {
    return a.title() + "\n" + String.join("\n", a.paragraphs());
  }

  static List<CorpusArticle> readClusters(Path file) {
    return articles(readLines(file));
  }

  /** The clusters file's articles, numbered from 1 in file order. */
  private static List<CorpusArticle> articles(List<JsonNode> clusterLines) {
    List<CorpusArticle> out = new ArrayList<>();
    long id = 1;
    for (JsonNode line : clusterLines) {
      out.add(CorpusArticle.of(line, id++));
    }
    return out;
  }

  static List<JsonNode> readLines(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
