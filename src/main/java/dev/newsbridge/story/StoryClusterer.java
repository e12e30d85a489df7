package dev.newsbridge.story;

import dev.newsbridge.story.internal.Centroid;
import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.MinHash;
import dev.newsbridge.story.internal.Neighbourhood;
import dev.newsbridge.story.internal.Shingles;
import dev.newsbridge.story.internal.Similarity;
import dev.newsbridge.story.internal.TextTerms;
import dev.newsbridge.story.internal.WindowIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Groups articles into stories and events as they arrive, one article at a time, against the
 * articles of a time window held in memory. For a new article: (1) copy check: articles sharing a
 * MinHash band whose real shingle Jaccard is at least {@value #COPY_JACCARD} make it a copy of the
 * earliest of them, and it joins that article's story and event; (2) otherwise the candidates that
 * share its strongest terms are scored (headline, lead, entities); among their stories it joins the
 * one with the best group-average cosine if that is at least {@value #STORY_JOIN}, else it starts a
 * story; (3) any other candidate story it matches at least {@value #STORY_MERGE} ({@value
 * #ENGLISH_STORY_MERGE} for an English article) is merged in (the article bridged them); (4) within
 * its story it joins the event whose reports within {@link #EVENT_WINDOW} it matches best on
 * average, if their event margin ({@link Similarity}) is at least {@value #EVENT_JOIN}, else it
 * starts an event. Nothing is ever recomputed from scratch.
 *
 * <p>After a join the stories are reshaped ({@link StoryReshaping}, issue #6): a candidate story
 * now as alike to the article's story as each is within is merged in (the later chapter of a long
 * story), and a branch grown from a weak join that outgrew the rest of its story splits off as a
 * story of its own, its members listed by {@link #takeMoved} for the caller to record as places,
 * as merges are. Where each article is, and what each story is, is kept in {@link StoryPlaces}.
 *
 * <p>Copies point to their original (issue #6): when the new article is the earlier published
 * original of its copies' text, or the one they credit ({@code CopyFamilies}), it is not a copy:
 * it joins their story and event and they point to it. An article placed before its English text
 * existed can be placed again once it does ({@link #revisit}).
 *
 * <p>Thresholds are fixed here (chosen on the story-dev development corpus). Not thread-safe:
 * callers serialise (the ingest writer is single-threaded).
 */
public final class StoryClusterer {
  /**
   * Default window of candidate articles: {@value #DEFAULT_WINDOW_DAYS} days either side. Long:
   * stories run for months and years (a 30-day window halves story recall on story-dev); the
   * window's memory is bounded by articles, not days (see {@code WindowIndex}). Events stay within
   * {@link #EVENT_WINDOW}.
   */
  public static final int DEFAULT_WINDOW_DAYS = 3650;

  /** Reports of one event are this close in time: 3 days. */
  public static final Duration EVENT_WINDOW = Duration.ofDays(3);

  /**
   * Shingle Jaccard from which an article is a copy or light rewrite: {@value}. Not between two
   * reports naming different incidents by date code: those are two notices on one template.
   */
  public static final double COPY_JACCARD = 0.5;

  /** Candidates scored per article: {@value}. */
  public static final int CANDIDATES = 60;

  /**
   * Score from which an article joins a story: its group-average cosine to the story's members, and
   * for a pair the lead score: {@value}.
   */
  public static final double STORY_JOIN = 0.05;

  /** Story score from which a second matching story is merged into the chosen one: {@value}. */
  public static final double STORY_MERGE = 0.10;

  /**
   * Story score from which an English article (no Chinese text) merges a second matching story into
   * the chosen one: {@value} (issue #6). Its likeness rests on its English words alone, which a
   * Chinese report shares only through its translation, and one article's bridge joins two whole
   * stories. Replaying story-dev with every second report in English (bench stories
   * --cross-language), 12 of the 27 bridges English reports made at {@link #STORY_MERGE} brought in
   * another story's reports (none of the Chinese reports' 9 did): story B-cubed F1 0.879 at 0.10,
   * 0.887 at 0.12, 0.897 at 0.15, 0.881 to 0.887 from 0.16 to 0.3. Chinese-only figures unchanged.
   */
  public static final double ENGLISH_STORY_MERGE = 0.15;

  /**
   * Factor on a story's score when the article names entities, and so do the story's matching
   * reports, but none in common (two earthquakes in different places, two different companies'
   * board meetings): {@value}. Across languages, not when their English headlines name one subject
   * ({@link Similarity#entitiesAgree}): each outlet quotes its own people (issue #6).
   */
  public static final double ENTITY_MISMATCH = 0.3;

  /**
   * Factor on a story's score when at least two in three of its matching reports lead with places
   * in other regions of China than the article does ({@link ArticleRegions#conflictsWith}):
   * {@value}, as for entities. Two look-alike fires, floods or accidents in two provinces share
   * every word but the place names. Replaying story-dev: story B-cubed F1 0.925 -> 0.932
   * (precision 0.938 -> 0.958, recall 0.913 -> 0.907), look-alike pairs as grouped 0.820 -> 0.870
   * (the Beijing hospital fire had joined the Henan factory fire's story five months after it);
   * 0.5 gave the same. A majority because a story gathers round-ups that name both places; from
   * half of the reports 0.927, from three in four 0.930, from nine in ten no effect.
   */
  public static final double REGION_MISMATCH = 0.3;

  /**
   * Average event margin from which an article joins an event of its story while clustering:
   * {@value}. Above the pair decision's 0 because the best of many events is chosen, and most
   * candidates are other events of the story. Lower than the 2.5 fitted when an article joined by
   * its best single report: an average over an event's reports sits below their best. Replaying
   * story-dev, 2.5 -> 1.5: event B-cubed F1 0.890 -> 0.894, same-event pairs as the replay grouped
   * them 0.869 -> 0.900 (at 2.5 a third of them ended in two events of one story), with
   * translations 0.888 -> 0.893, every second report in English 0.818 -> 0.811 (more English
   * reports in Chinese events); stories unchanged. 1.5 to 3 gave 0.886 to 0.894.
   */
  public static final double EVENT_JOIN = 1.5;

  private final WindowIndex index;
  private final LongFunction<String> texts;
  private final StoryPlaces places = new StoryPlaces();
  private final long windowSeconds;
  private long newest = Long.MIN_VALUE;
  private int sinceSweep;
  private final CopyFamilies families = new CopyFamilies(); // issue #6: copies' originals
  private final StoryReshaping reshaping; // issue #6: splits and merges after a join
  private final List<Long> eventLeavers = new ArrayList<>(); // issue #6: left an event since taken

  /** Places between two sweeps of what left the window: {@value}. */
  static final int SWEEP_EVERY = 4096;

  /**
   * @param window how far apart in time two articles may be and still be compared
   * @param texts the full text (title and body) of a stored article by id, for verifying copies;
   *     null when unknown
   */
  public StoryClusterer(Duration window, LongFunction<String> texts) {
    this.index = new WindowIndex(window.toSeconds());
    this.windowSeconds = window.toSeconds();
    this.texts = texts;
    this.reshaping = new StoryReshaping(places, index);
  }

  /** A clusterer with the {@value #DEFAULT_WINDOW_DAYS}-day window. */
  public StoryClusterer(LongFunction<String> texts) {
    this(Duration.ofDays(DEFAULT_WINDOW_DAYS), texts);
  }

  /**
   * Places a new article. Calling it again for a placed article returns its current place. The
   * story returned is the one it joined, which the listed stories were merged into; when that join
   * made its branch split off as a story of its own, {@link #takeMoved} lists it with the branch.
   */
  public StoryAssignment assign(StoryArticle article) {
    if (places.has(article.id())) {
      long[] p = places.of(article.id());
      return new StoryAssignment(article.id(), story(p[0]), p[1], p[2], List.of());
    }
    Doc doc = Doc.of(article, index.frequencies());
    families.remember(article);
    Centroid.Unit unit = Centroid.Unit.of(doc, index.frequencies());
    StoryAssignment copy = copyOf(article, doc);
    Joined joined = copy == null ? byContent(article, doc, unit) : new Joined(copy, null);
    StoryAssignment result = joined.assignment();
    places.put(doc.id(), result.storyId(), result.eventId(), result.duplicateOf());
    places.centroid(result.storyId()).add(unit);
    touched(result.storyId(), doc.epochSecond());
    index.add(doc);
    return reshaping.after(result, unit, joined.join());
  }

  /** A place decided by content, and how the article joined its story (null: it started one). */
  private record Joined(StoryAssignment assignment, StoryReshaping.Join join) {}

  /**
   * Puts back an article placed earlier (start-up rebuild from the store), without deciding
   * anything again.
   */
  public void restore(StoryArticle article, long storyId, long eventId, long duplicateOf) {
    if (places.has(article.id())) {
      return;
    }
    places.put(article.id(), storyId, eventId, duplicateOf);
    families.remember(article);
    if (duplicateOf != 0) {
      families.copied(article.id(), duplicateOf);
    }
    Doc doc = Doc.of(article, index.frequencies());
    places.centroid(story(storyId)).add(Centroid.Unit.of(doc, index.frequencies()));
    touched(story(storyId), doc.epochSecond());
    index.add(doc);
  }

  /** The decision on a pair of articles, judged against the current window's term statistics. */
  public record PairJudgement(
      boolean sameEvent, boolean sameStory, boolean copy, double eventScore, double storyScore) {}

  /**
   * Whether two articles report the same event and the same story, by the same scores and
   * thresholds {@link #assign} uses (a copy is always the same event).
   */
  public PairJudgement judge(StoryArticle a, StoryArticle b) {
    PairInputs p = PairInputs.of(a, b, index);
    double jaccard =
        Shingles.jaccard(
            Shingles.of(p.textA(), p.a().chinese()), Shingles.of(p.textB(), p.b().chinese()));
    boolean copy = jaccard >= COPY_JACCARD && !Similarity.differentIncidents(p.a(), p.b());
    Similarity.Scores s =
        Similarity.of(
            p.a(), p.b(), index.frequencies(), p.termsA(), p.termsB(), p.hoodA(), p.hoodB());
    boolean event = copy || s.sameEvent();
    return new PairJudgement(event, event || s.sameStory(), copy, s.event(), s.story());
  }

  /**
   * The features behind {@link #judge}'s margins for two articles in one script, named by {@link
   * Similarity#FEATURE_NAMES} (for refitting the weights offline: {@code bench stories
   * --pair-features}).
   */
  public double[] pairFeatures(StoryArticle a, StoryArticle b) {
    PairInputs p = PairInputs.of(a, b, index);
    return Similarity.features(
        p.a(), p.b(), index.frequencies(), p.termsA(), p.termsB(), p.hoodA(), p.hoodB());
  }

  /** What scoring a pair reads of its two articles, each computed once. */
  private record PairInputs(
      Doc a, Doc b, String textA, String textB, TextTerms termsA, TextTerms termsB,
      Neighbourhood hoodA, Neighbourhood hoodB) {
    static PairInputs of(StoryArticle x, StoryArticle y, WindowIndex index) {
      Doc a = Doc.of(x, index.frequencies());
      Doc b = Doc.of(y, index.frequencies());
      String textA = fullText(x);
      String textB = fullText(y);
      return new PairInputs(a, b, textA, textB, TextTerms.of(textA, a.chinese()),
          TextTerms.of(textB, b.chinese()), Neighbourhood.of(a, index), Neighbourhood.of(b, index));
    }
  }

  /** The story an earlier story id now belongs to (after merges). */
  public long story(long storyId) {
    return places.story(storyId);
  }

  /** Articles in the window. */
  public int windowSize() {
    return index.size();
  }

  private StoryAssignment copyOf(StoryArticle article, Doc doc) {
    List<Doc> mates = index.bandMates(doc);
    if (mates.isEmpty()) {
      return null;
    }
    var shingles = Shingles.of(fullText(article), doc.chinese());
    Doc original = null;
    for (Doc m : mates) {
      String text = texts == null ? null : texts.apply(m.id());
      double jaccard =
          text != null
              ? Shingles.jaccard(shingles, Shingles.of(text, m.chinese()))
              : MinHash.estimate(doc.minHash(), m.minHash());
      if (jaccard >= COPY_JACCARD && !Similarity.differentIncidents(doc, m)
          && (original == null || earlier(m, original))) {
        original = m;
      }
    }
    if (original == null) {
      return null;
    }
    long[] p = places.of(original.id());
    long root = p[2] != 0 ? p[2] : original.id();
    // Issue #6: the original arriving after its copies (earlier published, or credited by them)
    // becomes their original; it joins their story and event.
    Doc rootDoc = index.doc(root);
    if (rootDoc != null
        && families.isOriginal(doc.id(), doc.epochSecond(), root, rootDoc.epochSecond())) {
      List<Long> copies = families.repoint(root, doc.id());
      places.repointCopies(copies, doc.id());
      return new StoryAssignment(doc.id(), story(p[0]), p[1], 0, List.of(), copies);
    }
    families.copied(doc.id(), root);
    return new StoryAssignment(doc.id(), story(p[0]), p[1], root, List.of());
  }

  private Joined byContent(StoryArticle article, Doc doc, Centroid.Unit unit) {
    CandidateStories candidateStories = new CandidateStories(doc);
    List<Doc> eventCandidates = new ArrayList<>();
    TextTerms own = TextTerms.of(fullText(article), doc.chinese());
    List<Doc> candidates = index.candidates(doc, CANDIDATES);
    for (Doc c : candidates) {
      candidateStories.add(places.storyOf(c.id()), c);
      if (Math.abs(c.epochSecond() - doc.epochSecond()) <= EVENT_WINDOW.toSeconds()) {
        eventCandidates.add(c);
      }
    }
    Map<Long, Double> affinity = new HashMap<>();
    candidateStories.stories().forEach(
        story -> affinity.put(story, affinity(story, unit, candidateStories)));
    long chosen = affinity.entrySet().stream()
        .filter(e -> e.getValue() >= STORY_JOIN)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.id());
    StoryReshaping.Join join = null;
    List<Long> merged = new ArrayList<>();
    if (chosen != doc.id()) {
      join = reshaping.join(
          affinity.get(chosen), chosen, unit, candidates, candidateStories.stories());
      for (Map.Entry<Long, Double> e : affinity.entrySet()) {
        if (e.getKey() != chosen && e.getValue() >= mergeBar(doc)) {
          merged.add(e.getKey());
        }
      }
      for (long m : merged) {
        places.fold(chosen, m);
      }
    }
    long event = bestEvent(own, doc, chosen, eventCandidates);
    return new Joined(new StoryAssignment(doc.id(), chosen, event, 0, merged), join);
  }

  /**
   * The event of the chosen story whose recent reports (among the candidates) the article matches
   * best on average by the event margin, if that average reaches {@link #EVENT_JOIN}; else, the
   * same among the reports in the other language with {@link #CROSS_LANGUAGE_EVENT_JOIN}, of the
   * events with no report in the article's language ({@link EventMatch#choose}); else a new event
   * (the article's own id). On average, not by the best single report: one close report
   * would chain the developments of a busy story into one event (the first reports of an
   * earthquake, then its death tolls day by day). Replaying story-dev at a join bar of 2.5, event
   * B-cubed F1 0.887 -> 0.890 (precision 0.909 -> 0.934), with translations 0.885 -> 0.888, every
   * second report in English 0.797 -> 0.815 (precision 0.746 -> 0.795). Candidates' whole texts
   * are read (for headline coverage) only here, for the few recent reports of the chosen story.
   */
  private long bestEvent(TextTerms own, Doc doc, long chosen, List<Doc> candidates) {
    Map<Long, EventMatch> sameLanguage = new java.util.LinkedHashMap<>();
    Map<Long, EventMatch> otherLanguage = new java.util.LinkedHashMap<>(); // issue #6
    for (Doc c : candidates) {
      long[] p = places.of(c.id());
      if (story(p[0]) != chosen) {
        continue;
      }
      String text = texts == null ? null : texts.apply(c.id());
      TextTerms theirs = text == null ? null : TextTerms.of(text, c.chinese());
      double score = Similarity.event(doc, c, index.frequencies(), own, theirs);
      (c.chinese() != doc.chinese() ? otherLanguage : sameLanguage)
          .computeIfAbsent(p[1], e -> new EventMatch()).add(new EventMatch.Report(c, theirs, score));
    }
    long event = EventMatch.best(sameLanguage, EVENT_JOIN) == 0 ? regrouped(sameLanguage) : 0;
    if (event == 0) {
      event = EventMatch.choose(sameLanguage, EVENT_JOIN, otherLanguage, CROSS_LANGUAGE_EVENT_JOIN);
    }
    return event != 0 ? event : doc.id();
  }

  /**
   * When no event qualifies on average but one holds a report the article matches from {@link
   * #EVENT_JOIN} on: that event, once the reports that do not belong with the article and the
   * rest ({@link EventMatch#leavers}) have left it, each for an event of its own; else 0 (issue
   * #6). Only a report that is neither the event's first (whose id the event bears) nor a copy or
   * an original of copies leaves.
   */
  private long regrouped(Map<Long, EventMatch> sameLanguage) {
    for (Map.Entry<Long, EventMatch> e : sameLanguage.entrySet()) {
      long event = e.getKey();
      if (e.getValue().best() < EVENT_JOIN) {
        continue;
      }
      List<Doc> leavers = e.getValue().leavers(
          (x, y) -> Similarity.event(x.doc(), y.doc(), index.frequencies(), x.terms(), y.terms()),
          EVENT_JOIN,
          d -> d.id() != event && places.of(d.id())[2] == 0 && families.copiesOf(d.id()).isEmpty());
      if (!leavers.isEmpty()) {
        leavers.forEach(d -> places.of(d.id())[1] = d.id());
        leavers.forEach(d -> eventLeavers.add(d.id()));
        return event;
      }
    }
    return 0;
  }

  /**
   * Average event margin from which an article joins an event by its reports in the other
   * language, when no event reaches {@link #EVENT_JOIN} by its reports in the article's own
   * language: {@value} (issue #6). A cross-language margin is on another scale (at most 0.7, see
   * {@code Similarity}), so {@link #EVENT_JOIN} would keep every Chinese and English report of one
   * event apart on the story's timeline; a little above the pair decision's 0, as {@link
   * #EVENT_JOIN} is, because the best of many events is chosen. Replaying story-dev with every second report in English (bench
   * stories --cross-language): event B-cubed F1 0.789 at 0, 0.815 at 0.1, 0.817 at 0.2; the
   * project's own Chinese and English reports of one event part at 0.3, and real English coverage
   * shares fewer words with a translation than the bench's translated English does, hence 0.1.
   */
  public static final double CROSS_LANGUAGE_EVENT_JOIN = 0.1;

  /**
   * Notes a story's newest member and, every {@value #SWEEP_EVERY} places, forgets the stories and
   * places that left the window, so memory follows the window, not the whole history. A story seen
   * again after it left the window starts afresh.
   */
  private void touched(long story, long epochSecond) {
    places.touched(story, epochSecond);
    newest = Math.max(newest, epochSecond);
    if (++sinceSweep < SWEEP_EVERY) {
      return;
    }
    sinceSweep = 0;
    places.sweep(newest - windowSeconds, id -> index.doc(id) != null);
    families.retainAll(places::has);
    reshaping.retainAll(places::has);
  }

  // --- Issue #6: revisiting a place once the article's English text arrives -----------------

  /** Whether the article has a place (it was assigned or restored and is still in the window). */
  public boolean isPlaced(long articleId) {
    return places.has(articleId);
  }

  /** The article's current place (stories resolved after merges), or empty when it has none. */
  public java.util.Optional<StoryAssignment> placeOf(long articleId) {
    long[] p = places.of(articleId);
    return p == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new StoryAssignment(articleId, story(p[0]), p[1], p[2], List.of()));
  }

  /**
   * Places again an article placed before its English text existed (its translation was pending,
   * so only its own script's words could group it; Chinese and English reports meet through the
   * English text and entity names). Alone in its story, it is taken out and placed afresh as if
   * new, so it may join another story (its old, now empty, story is then reported among the
   * merged ones, so that its address leads on). With company it stays, its features are refreshed
   * (so later reports find it by its English words), and every other story it now matches at least
   * {@link #STORY_MERGE} is merged into its story: it bridges them, as in {@link #assign}. A copy
   * only has its features refreshed. An article without a place is assigned.
   */
  public StoryAssignment revisit(StoryArticle updated) {
    long id = updated.id();
    long[] p = places.of(id);
    Doc old = index.doc(id);
    if (p == null || old == null) {
      places.remove(id);
      return assign(updated);
    }
    long story = story(p[0]);
    reshaping.forgetBranchOf(id); // its vector changes: the branch's sum would be stale
    Centroid members = places.existingCentroid(story);
    boolean alone = p[2] == 0 && families.copiesOf(id).isEmpty()
        && members != null && members.members() == 1;
    index.remove(id);
    if (alone) {
      places.forgetStory(story);
      places.remove(id);
      families.forget(id);
      StoryAssignment again = assign(updated);
      if (again.storyId() == story) {
        return again;
      }
      // Its old story is empty now: recorded as merged into the new one, so its address leads on.
      places.redirect(story, again.storyId());
      List<Long> merged = new ArrayList<>(again.mergedStories());
      merged.add(story);
      return new StoryAssignment(id, again.storyId(), again.eventId(), again.duplicateOf(), merged,
          again.copies());
    }
    Doc doc = Doc.of(updated, index.frequencies());
    if (members != null) {
      members.remove(Centroid.Unit.of(old, index.frequencies()));
    }
    places.centroid(story).add(Centroid.Unit.of(doc, index.frequencies()));
    index.add(doc);
    families.remember(updated);
    List<Long> merged = p[2] != 0 ? List.of() : bridged(doc, story);
    merged.forEach(m -> places.fold(story, m));
    long event = p[2] != 0 ? p[1] : sameEvent(updated, doc, story, p[1]);
    if (event == p[1]) {
      return new StoryAssignment(id, story, p[1], p[2], merged);
    }
    long ownEvent = p[1];
    places.moveEvent(ownEvent, event);
    return new StoryAssignment(id, story, event, p[2], merged, List.of(), List.of(ownEvent));
  }

  /**
   * The event of {@code story} that the revisited article's text shows its own event {@code own}
   * to be one with, chosen as {@link #assign} chooses; {@code own} when none qualifies.
   */
  private long sameEvent(StoryArticle article, Doc doc, long story, long own) {
    List<Doc> recent = new ArrayList<>();
    for (Doc c : index.candidates(doc, CANDIDATES)) {
      // Its own event's reports are left out: the question is which other event its own is one
      // with (else a same-language companion in its event would always answer "its own").
      if (Math.abs(c.epochSecond() - doc.epochSecond()) <= EVENT_WINDOW.toSeconds()
          && places.of(c.id())[1] != own) {
        recent.add(c);
      }
    }
    long best = bestEvent(TextTerms.of(fullText(article), doc.chinese()), doc, story, recent);
    return best == doc.id() ? own : best;
  }

  /** The other candidate stories {@code doc} matches enough to bridge ({@link #mergeBar}). */
  private List<Long> bridged(Doc doc, long story) {
    CandidateStories others = new CandidateStories(doc);
    for (Doc c : index.candidates(doc, CANDIDATES)) {
      long other = places.storyOf(c.id());
      if (other != story) {
        others.add(other, c);
      }
    }
    Centroid.Unit unit = Centroid.Unit.of(doc, index.frequencies());
    return others.stories().stream()
        .filter(s -> affinity(s, unit, others) >= mergeBar(doc))
        .toList();
  }

  /**
   * How much an article ({@code unit}) belongs to {@code story}: its group-average cosine to the
   * members, times the story's agreement with it on entities and regions ({@link
   * CandidateStories#agreement}).
   */
  private double affinity(long story, Centroid.Unit unit, CandidateStories candidates) {
    return places.centroid(story).averageCosine(unit) * candidates.agreement(story);
  }

  /**
   * Articles whose story changed by a split, or whose event changed because they left it for one
   * of their own (issue #6), since the last call, then forgets them: their places ({@link
   * #placeOf}) are to be recorded with the article just placed.
   */
  public List<Long> takeMoved() {
    List<Long> moved = new ArrayList<>(reshaping.takeMoved());
    eventLeavers.stream().filter(id -> !moved.contains(id) && places.has(id)).forEach(moved::add);
    eventLeavers.clear();
    return moved;
  }

  // --- end of issue #6 revisiting ---------------------------------------------------------

  /** The story score from which {@code doc} bridges a second story into its own. */
  private static double mergeBar(Doc doc) {
    return doc.chinese() ? STORY_MERGE : ENGLISH_STORY_MERGE;
  }

  private static boolean earlier(Doc a, Doc b) {
    return a.epochSecond() < b.epochSecond()
        || a.epochSecond() == b.epochSecond() && a.id() < b.id();
  }

  static String fullText(StoryArticle a) {
    return fullText(a.title(), a.paragraphs());
  }

  /** An article's whole text as the clusterer reads it: headline, then paragraphs, by lines. */
  static String fullText(String title, List<String> paragraphs) {
    return title + "\n" + String.join("\n", paragraphs);
  }
}
