package dev.newsbridge.story.internal;

/**
 * Whether two articles report the same event and the same story, as two margins that are positive
 * for "yes" (a weighted sum of square-rooted similarities minus a bias, like a logistic model's
 * log-odds). Two articles in one script are compared by their own terms (Chinese: character
 * bigrams) with TF-IDF weights from the window, so the IDF is learned incrementally from the
 * stream itself; any other pair by English words (translation against English original) and by
 * canonical entity names, which the translation gives in English.
 *
 * <p>Same event: the headlines, the leads, headline against lead, and headline coverage (the
 * IDF-weighted share of one headline's terms found anywhere in the other's text, both ways). Same
 * story: the leads, headline against lead, headline coverage and the entities, weighted by rarity
 * (two earthquakes share "earthquake", not their places).
 *
 * <p>The weights were chosen on the story-dev development corpus (a logistic regression over these
 * features, 5-fold cross-validated, then rounded) and are fixed here; nothing is fitted at run
 * time.
 */
public final class Similarity {
  /** Event margin weights: headline, lead, headline-to-lead, best and worst headline coverage. */
  static final double[] EVENT = {3.16, 2.58, 1.86, 3.94, 3.62};
  /** Event margin bias: {@value}. */
  static final double EVENT_BIAS = -8.16;
  /** Story margin weights: lead, headline-to-lead, entity overlap, entities agree, coverage. */
  static final double[] STORY = {2.71, 2.38, 1.86, 1.80, 2.14};
  /** Story margin bias: {@value}. */
  static final double STORY_BIAS = -3.23;
  /** Across languages: weight of the English word cosine (the rest is entity agreement): {@value}. */
  static final double CROSS_LANGUAGE_TEXT = 0.6;
  /** Across languages: score from which two articles report one event: {@value}. */
  static final double CROSS_LANGUAGE_EVENT = 0.30;
  /** Across languages: score from which two articles belong to one story: {@value}. */
  static final double CROSS_LANGUAGE_STORY = 0.04;
  /**
   * Across languages: factor on the story score when both name entities but none in common (two
   * earthquakes in different places): {@value}.
   */
  static final double ENTITY_MISMATCH = 0.3;

  private Similarity() {}

  /** The two margins of a pair: at least 0 means same event / same story. */
  public record Scores(double event, double story) {
    public boolean sameEvent() {
      return event >= 0;
    }

    public boolean sameStory() {
      return story >= 0;
    }
  }

  /**
   * The scores of a pair; {@code textA} and {@code textB} are the articles' whole texts' terms, or
   * null when unknown (then title and lead stand in).
   */
  public static Scores of(Doc a, Doc b, SparseVector.Weights w, TextTerms textA, TextTerms textB) {
    if (a.chinese() == b.chinese()) {
      return sameScript(
          a, b, w, textA == null ? TextTerms.of(a) : textA, textB == null ? TextTerms.of(b) : textB);
    }
    return crossLanguage(a, b, w);
  }

  /**
   * False only when both articles name entities (other than {@link Doc#GENERIC_ENTITIES}) and none
   * of them is the same: then they are about different people, companies or places.
   */
  public static boolean entitiesAgree(Doc a, Doc b) {
    int[] x = a.entityIds();
    int[] y = b.entityIds();
    if (x.length == 0 || y.length == 0) {
      return true;
    }
    for (int e : x) {
      if (java.util.Arrays.binarySearch(y, e) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Scores sameScript(
      Doc a, Doc b, SparseVector.Weights w, TextTerms textA, TextTerms textB) {
    double title = SparseVector.cosine(a.title(), b.title(), w);
    double lead = SparseVector.cosine(a.lead(), b.lead(), w);
    double cross =
        Math.max(
            SparseVector.cosine(a.title(), b.lead(), w), SparseVector.cosine(a.lead(), b.title(), w));
    double coverAB = textB.coverage(a.title(), w);
    double coverBA = textA.coverage(b.title(), w);
    double event =
        margin(
            EVENT, EVENT_BIAS, title, lead, cross, Math.max(coverAB, coverBA),
            Math.min(coverAB, coverBA));
    double story =
        margin(
            STORY, STORY_BIAS, lead, cross, Entities.rareOverlap(a, b, w),
            entitiesAgree(a, b) ? 1 : 0, Math.max(coverAB, coverBA));
    return new Scores(event, story);
  }

  /** {@code bias + Σ weight·√feature} ({@code agree} flags are 0 or 1, unchanged by the root). */
  private static double margin(double[] weights, double bias, double... features) {
    double sum = bias;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * Math.sqrt(Math.max(0, features[i]));
    }
    return sum;
  }

  private static Scores crossLanguage(Doc a, Doc b, SparseVector.Weights w) {
    double text = SparseVector.cosine(a.english(), b.english(), w);
    double entities = Math.max(Entities.share(a, b), Entities.share(b, a));
    double score = CROSS_LANGUAGE_TEXT * text + (1 - CROSS_LANGUAGE_TEXT) * entities;
    double story = score * (entitiesAgree(a, b) ? 1 : ENTITY_MISMATCH);
    return new Scores(score - CROSS_LANGUAGE_EVENT, story - CROSS_LANGUAGE_STORY);
  }
}
