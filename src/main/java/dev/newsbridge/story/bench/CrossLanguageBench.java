package dev.newsbridge.story.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbridge.story.ArticleRegions;
import dev.newsbridge.story.StoryArticle;
import dev.newsbridge.story.StoryClusterer;
import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import dev.newsbridge.translate.Translator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Story-dev across languages. The pairs judged as a Chinese report (with its translation, as the
 * site holds it) against an English report of the other article; and the clusters replayed as a
 * stream twice: every article with its translation (a Chinese desk as the site holds it), and
 * every {@value #ENGLISH_EVERY}nd article as an English report instead (a desk following Chinese
 * and English outlets). No licensed set of Chinese and English reports of one event exists, so the
 * English report is the other article as translated by a {@link Translator} and then treated as
 * an English original (its own words, names found in its English text): a Chinese outlet's report
 * against an English outlet's report of the same event reads the same facts in other words, which
 * is what the pairs are. Only each article's title and lead ({@value Doc#LEAD_CHARS} characters,
 * what the window keeps) are translated.
 */
public final class CrossLanguageBench {
  /** In the mixed stream, every this many articles one is an English report: {@value}. */
  public static final int ENGLISH_EVERY = 2;

  /**
   * Figures of one run: the two pair decisions, overall and per relation, and story and event
   * B-cubed of the translated and the mixed stream.
   */
  public record Result(
      PairTally event,
      PairTally story,
      Map<String, PairTally[]> byRelation,
      BCubed[] translatedStream,
      BCubed[] mixedStream,
      int translated) {}

  private final Translator translator;

  public CrossLanguageBench(Translator translator) {
    this.translator = translator;
  }

  /**
   * Translates every article of the corpus, restores the Chinese ones (with translations) as the
   * window, and judges each pair as Chinese {@code a} against English {@code b}; {@code progress}
   * hears the count of articles translated so far.
   */
  public Result run(Path corpus, IntConsumer progress) {
    List<JsonNode> lines = StoryBench.readLines(corpus.resolve(StoryBench.CLUSTERS_FILE));
    Map<String, Translated> byId = new HashMap<>();
    List<Translated> inOrder = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(StoryBench.EVERYTHING, null);
    long id = 1;
    for (JsonNode line : lines) {
      Translated t = translate(line);
      byId.put(line.path("id").asText(), t);
      inOrder.add(t);
      StoryArticle zh = t.chinese(id);
      clusterer.restore(zh, id, id, 0);
      id++;
      if (byId.size() % 100 == 0) {
        progress.accept(byId.size());
      }
    }
    PairTally event = new PairTally();
    PairTally story = new PairTally();
    Map<String, PairTally[]> byRelation = new TreeMap<>();
    long pairId = -1;
    for (JsonNode pair : StoryBench.readLines(corpus.resolve(StoryBench.PAIRS_FILE))) {
      Translated a = byId.computeIfAbsent(pair.get("a").path("doc_id").asText(),
          k -> translate(pair.get("a")));
      Translated b = byId.computeIfAbsent(pair.get("b").path("doc_id").asText(),
          k -> translate(pair.get("b")));
      StoryBench.tally(pair, clusterer.judge(a.chinese(pairId--), b.english(pairId--)), event,
          story, byRelation);
    }
    return new Result(event, story, byRelation, stream(inOrder, 0), stream(inOrder, ENGLISH_EVERY),
        byId.size());
  }

  /**
   * Story and event B-cubed of the articles placed in order, every {@code englishEvery}th one as
   * an English report (0: none).
   */
  private static BCubed[] stream(List<Translated> articles, int englishEvery) {
    List<CorpusArticle> placed = new ArrayList<>();
    long id = 1;
    for (Translated t : articles) {
      boolean english = englishEvery > 0 && id % englishEvery == 0;
      StoryArticle a = english ? t.english(id) : t.chinese(id);
      placed.add(new CorpusArticle(a, t.original().story(), t.original().event()));
      id++;
    }
    List<Object> stories = new ArrayList<>();
    List<Object> events = new ArrayList<>();
    StoryBench.cluster(placed, stories, events);
    return new BCubed[] {
      BCubed.of(stories, placed.stream().map(CorpusArticle::story).toList()),
      BCubed.of(events, placed.stream().map(CorpusArticle::event).toList())
    };
  }

  /** One corpus article's title and lead, in Chinese and as translated. */
  private record Translated(CorpusArticle original, Translation translation) {
    /** The Chinese report with its translation, as the site stores it. */
    StoryArticle chinese(long id) {
      StoryArticle o = original.article();
      return new StoryArticle(id, o.time(), "zh", o.title(), o.paragraphs(), translation.title(),
          translation.paragraphs(), StoryArticle.names(translation.entities()), o.outlet(),
          o.outlet(), ArticleRegions.of(translation.entities(), o.title(), o.paragraphs()));
    }

    /** The same report as an English outlet's: its names are read from its English text. */
    StoryArticle english(long id) {
      String outlet = "english-" + original.article().outlet();
      return new StoryArticle(id, original.article().time(), "en", translation.title(),
          translation.paragraphs(), translation.title(), translation.paragraphs(), Set.of(),
          outlet, outlet, ArticleRegions.ofEnglish(translation.title(), translation.paragraphs()));
    }
  }

  private Translated translate(JsonNode line) {
    CorpusArticle c = CorpusArticle.of(line, 0);
    List<String> lead = lead(c.article().paragraphs());
    StoryArticle o = c.article();
    CorpusArticle trimmed = new CorpusArticle(new StoryArticle(o.id(), o.time(), o.language(),
        o.title(), lead, "", List.of(), o.entities(), o.outlet()), c.story(), c.event());
    try {
      return new Translated(trimmed,
          translator.translate(new TranslationRequest("zh", o.title(), lead)));
    } catch (TranslationException e) {
      throw new IllegalStateException("translation failed: " + e.getMessage(), e);
    }
  }

  /** The first paragraphs, up to {@value Doc#LEAD_CHARS} characters (the last one cut). */
  static List<String> lead(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    int left = Doc.LEAD_CHARS;
    for (String p : paragraphs) {
      if (left <= 0) {
        break;
      }
      out.add(p.length() > left ? p.substring(0, left) : p);
      left -= p.length();
    }
    return out;
  }
}
