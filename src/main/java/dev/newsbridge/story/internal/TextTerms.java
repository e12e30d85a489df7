package dev.newsbridge.story.internal;

import java.util.Arrays;

/**
 * The distinct terms of an article's whole text (title and body), hashed as {@link Doc}'s native
 * vectors are, to ask whether another article's headline terms occur anywhere in it. Built on
 * demand (from the article in hand or the store), never kept in the window: the window holds only
 * the lead.
 */
public final class TextTerms {
  private final int[] sorted;

  private TextTerms(int[] sorted) {
    this.sorted = sorted;
  }

  /** The terms of {@code text}, read as Chinese (character bigrams) or not (words). */
  public static TextTerms of(String text, boolean chinese) {
    var tokens = chinese ? Tokens.chinese(text) : Tokens.english(text);
    char namespace = chinese ? Doc.NATIVE : Doc.ENGLISH;
    return new TextTerms(
        tokens.stream().mapToInt(t -> Hashing.term(namespace, t)).sorted().distinct().toArray());
  }

  /** The terms of a window article's title and lead vectors (when its full text is unknown). */
  static TextTerms of(Doc d) {
    int[] t = new int[d.title().size() + d.lead().size()];
    int n = 0;
    for (SparseVector v : new SparseVector[] {d.title(), d.lead()}) {
      for (int i = 0; i < v.size(); i++) {
        t[n++] = v.term(i);
      }
    }
    return new TextTerms(Arrays.stream(t).sorted().distinct().toArray());
  }

  boolean contains(int term) {
    return Arrays.binarySearch(sorted, term) >= 0;
  }

  /**
   * The IDF-weighted share of {@code title}'s terms found in this text: reports of one event
   * repeat the headline's rare words (names, places, figures) in their bodies even when their own
   * headlines are worded differently; 0 for an empty title.
   */
  double coverage(SparseVector title, SparseVector.Weights w) {
    double all = 0;
    double found = 0;
    for (int i = 0; i < title.size(); i++) {
      double idf = w.idf(title.term(i));
      all += idf;
      if (contains(title.term(i))) {
        found += idf;
      }
    }
    return all == 0 ? 0 : found / all;
  }
}
