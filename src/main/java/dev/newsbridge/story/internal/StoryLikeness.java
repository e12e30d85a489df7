package dev.newsbridge.story.internal;

/**
 * Whether two stories are one: their members are, across the two, about as alike as within each
 * (group-average cosines from the summed vectors, {@link Centroid#dot}: a few sparse dot products,
 * never a pass over the members). An article joins the story whose members it is most like on
 * average, and a long story that has run through many events is on average little like any new
 * report, so its next chapter can start a story of its own; once that chapter has members, the two
 * are compared as groups, each against its own cohesion, which does not fall as a story grows.
 */
public final class StoryLikeness {
  /** Members each story needs before they are compared: {@value}. */
  public static final int MIN_MEMBERS = 3;

  /**
   * Share of the two stories' own cohesion (geometric mean of their within averages) that their
   * cross average must reach: {@value}. On story-dev (story B-cubed F1 0.914 without this merge)
   * 0.4 to 0.55 give 0.919 to 0.926, 0.45 gives 0.924; 0.35 merges different stories (precision
   * 0.938 -> 0.920) and 0.6 merges nothing. Against the more cohesive story's average alone (never
   * above what a split measures, so that no split could be undone) no setting reached 0.92.
   */
  public static final double MERGE_LIKENESS = 0.45;

  private StoryLikeness() {}

  /** Whether stories {@code a} and {@code b} (their summed vectors) are one. */
  public static boolean oneStory(Centroid a, Centroid b) {
    return a.members() >= MIN_MEMBERS && oneStory(a, a.averageWithin(), b);
  }

  /**
   * {@link #oneStory(Centroid, Centroid)} with {@code a}'s {@linkplain Centroid#averageWithin
   * within average} given: one story compared with each of several candidates computes it once.
   */
  public static boolean oneStory(Centroid a, double aWithin, Centroid b) {
    int na = a.members();
    int nb = b.members();
    if (na < MIN_MEMBERS || nb < MIN_MEMBERS) {
      return false;
    }
    double cross = a.dot(b) / ((double) na * nb);
    double within = Math.sqrt(aWithin * b.averageWithin());
    return within > 0 && cross >= MERGE_LIKENESS * within;
  }
}
