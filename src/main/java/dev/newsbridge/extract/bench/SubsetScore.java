package dev.newsbridge.extract.bench;

/**
 * The scores of one subset (or of all pages): body overlap with word and CJK-character shingles,
 * metadata match counts, snippet counts, and how many pages got each field at all.
 */
public final class SubsetScore {
  final String name;
  final BodyScore words = new BodyScore();
  final BodyScore characters = new BodyScore();
  final Tally title = new Tally();
  final Tally author = new Tally();
  final Tally time = new Tally();
  final Tally snippets = new Tally();
  final Tally withBody = new Tally();
  final Tally withTitle = new Tally();
  final Tally withAuthor = new Tally();
  final Tally withTime = new Tally();
  int pages;

  SubsetScore(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public int pages() {
    return pages;
  }

  /** Body overlap with {@code \w+} tokens. */
  public BodyScore words() {
    return words;
  }

  /** Body overlap with one token per CJK character (Chinese pages only). */
  public BodyScore characters() {
    return characters;
  }

  public Tally title() {
    return title;
  }

  public Tally author() {
    return author;
  }

  public Tally time() {
    return time;
  }

  public Tally snippets() {
    return snippets;
  }

  /** Pages for which the extractor produced a body / title / author / time (labelled or not). */
  public String coverage() {
    return String.format(
        "body %d/%d, title %d/%d, author %d/%d, time %d/%d", withBody.hits, pages, withTitle.hits,
        pages, withAuthor.hits, pages, withTime.hits, pages);
  }

  /** A count of hits out of tries. */
  public static final class Tally {
    int hits;
    int tries;

    void add(boolean hit) {
      tries++;
      hits += hit ? 1 : 0;
    }

    public int hits() {
      return hits;
    }

    public int tries() {
      return tries;
    }

    public double rate() {
      return tries == 0 ? Double.NaN : (double) hits / tries;
    }

    @Override
    public String toString() {
      return tries == 0 ? "-" : String.format("%.3f (%d/%d)", rate(), hits, tries);
    }
  }
}
