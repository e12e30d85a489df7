package dev.newsbridge.story.internal;

import java.util.Arrays;

/**
 * The distinct terms of an article's whole text (title and body), hashed as {@link Doc}'s native
 * vectors are, to ask whether another article's headline terms occur anywhere in it, and the
 * calendar dates the text writes out ("5月31日", "May 31"). Built on demand (from the article in
 * hand or the store), never kept in the window: the window holds only the lead.
 */
public final class TextTerms {
  /** Lead keywords (highest TF-IDF terms) looked for in the other text: {@value}. */
  static final int KEYWORDS = 10;

  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile(
          "\\d{1,2}月\\d{1,2}[日号]"
              + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b");

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

  private final int[] sorted;
  private final int[] dates;
  private final int[] titleFigures;
  private final int[] figures;

  private TextTerms(int[] sorted, int[] dates, int[] titleFigures, int[] figures) {
    this.sorted = sorted;
    this.dates = dates;
    this.titleFigures = titleFigures;
    this.figures = figures;
  }

  /** The terms of {@code text}, read as Chinese (character bigrams) or not (words). */
  public static TextTerms of(String text, boolean chinese) {
    var tokens = chinese ? Tokens.chinese(text) : Tokens.english(text);
    char namespace = chinese ? Doc.NATIVE : Doc.ENGLISH;
    int lineEnd = text.indexOf('\n');
    return new TextTerms(
        tokens.stream().mapToInt(t -> Hashing.term(namespace, t)).sorted().distinct().toArray(),
        dates(text),
        figures(lineEnd < 0 ? text : text.substring(0, lineEnd)),
        figures(text));
  }

  /** The numbers written in {@code text} ("3", "1.5"), as sorted distinct hashes. */
  static int[] figures(String text) {
    var m = NUMBER.matcher(Tokens.normalise(text));
    java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
    while (m.find()) {
      found.add(Hashing.term('f', m.group()));
    }
    return found.build().sorted().distinct().toArray();
  }

  /** The dates written in {@code text} ("5月31日", "May 31"), as sorted distinct hashes. */
  static int[] dates(String text) {
    var m = DATE.matcher(Tokens.normalise(text));
    java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
    while (m.find()) {
      found.add(Hashing.term('d', m.group().replace('号', '日')));
    }
    return found.build().sorted().distinct().toArray();
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
    return new TextTerms(
        Arrays.stream(t).sorted().distinct().toArray(), new int[0], new int[0], new int[0]);
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

  /**
   * The TF-IDF-weighted share of {@code lead}'s {@value #KEYWORDS} strongest terms found in this
   * text: two reports of one event repeat each other's key words (names, places, figures) somewhere,
   * whatever their headlines say; 0 for an empty lead.
   */
  double keywordCoverage(SparseVector lead, SparseVector.Weights w) {
    SparseVector top = lead.top(KEYWORDS, w);
    double all = 0;
    double found = 0;
    for (int i = 0; i < top.size(); i++) {
      double weight = top.weight(i, w);
      all += weight;
      if (contains(top.term(i))) {
        found += weight;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * Jaccard overlap of the dates the two texts write out: reports of one event name the same day;
   * 0 when either names none.
   */
  double sharedDates(TextTerms other) {
    if (dates.length == 0 || other.dates.length == 0) {
      return 0;
    }
    int common = SortedInts.common(dates, other.dates);
    return (double) common / (dates.length + other.dates.length - common);
  }

  /**
   * The share of the numbers the two headlines write that the other text writes too: reports of
   * one event repeat its figures (a death toll, a sentence, a sum), and the next development of a
   * story brings new ones; 0 when neither headline writes a number.
   */
  double sharedFigures(TextTerms other) {
    int all = titleFigures.length + other.titleFigures.length;
    return all == 0 ? 0 : (double) (SortedInts.common(titleFigures, other.figures)
        + SortedInts.common(other.titleFigures, figures)) / all;
  }
}
