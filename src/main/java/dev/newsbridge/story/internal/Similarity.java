package dev.newsbridge.story.internal;

/**
 * How alike two articles are, as two scores: one for "same event" (headline-led: reports of one
 * development share their headline's words) and one for "same story" (lead-led: a story's reports
 * share its rare names and terms even when their headlines differ). Two Chinese originals are
 * compared by their own characters; any other pair by English words (translation against English
 * original) and by canonical entity names, which the translation gives in English.
 *
 * <p>The weights were chosen on the story-dev corpus (logistic-free, a small grid) and are fixed
 * here; nothing is fitted at run time.
 */
public final class Similarity {
  /** Event score: weight of the headline cosine: {@value}. */
  static final double EVENT_TITLE = 0.75;
  /** Event score: weight of the lead cosine: {@value}. */
  static final double EVENT_LEAD = 0.25;
  /** Event score: weight of the best headline-to-lead cosine: {@value}. */
  static final double EVENT_CROSS = 0.30;
  /** Story score: weight of the best headline-to-lead cosine added to the lead cosine: {@value}. */
  static final double STORY_CROSS = 0.10;
  /** Across languages: weight of the English word cosine (the rest is entity agreement): {@value}. */
  static final double CROSS_LANGUAGE_TEXT = 0.6;

  private Similarity() {}

  /** The two scores of a pair. */
  public record Scores(double event, double story) {}

  public static Scores of(Doc a, Doc b, SparseVector.Weights w) {
    if (a.chinese() == b.chinese()) {
      return sameScript(a, b, w);
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

  private static Scores sameScript(Doc a, Doc b, SparseVector.Weights w) {
    double title = SparseVector.cosine(a.title(), b.title(), w);
    double lead = SparseVector.cosine(a.lead(), b.lead(), w);
    double cross =
        Math.max(SparseVector.cosine(a.title(), b.lead(), w), SparseVector.cosine(a.lead(), b.title(), w));
    double event = EVENT_TITLE * title + EVENT_LEAD * lead + EVENT_CROSS * cross;
    return new Scores(event, lead + STORY_CROSS * cross);
  }

  private static Scores crossLanguage(Doc a, Doc b, SparseVector.Weights w) {
    double text = SparseVector.cosine(a.english(), b.english(), w);
    double entities = Math.max(Entities.share(a, b), Entities.share(b, a));
    double score = CROSS_LANGUAGE_TEXT * text + (1 - CROSS_LANGUAGE_TEXT) * entities;
    return new Scores(score, score);
  }
}
