package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article body, the way Mozilla Readability does ({@code
 * _grabArticle}): every block of prose gives points to the elements above it (full to the nearest,
 * half to the next, then less), scaled by its commas and length; candidates start from a tag and
 * class/id bias and are discounted by their link density. Lengths are {@link Texts#weightedLength
 * CJK-weighted} and Chinese commas count, so Chinese pages score like English ones.
 */
public final class ContentScorer {
  /** Blocks shorter than this weighted length give no points: {@value}. */
  public static final int MIN_SCORED_LENGTH = 25;

  /** How many ancestors a block's points reach: {@value}. */
  static final int ANCESTOR_LEVELS = 5;

  /**
   * Owners whose text is its own paragraph, so the points start at their parent. Switches, not
   * sets: they run for every block.
   */
  private static boolean isParagraphTag(String tag) {
    return switch (tag) {
      case "p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  /** Owners that never score: list items, headings, captions, navigation. */
  private static boolean isUnscored(String tag) {
    return switch (tag) {
      case "li", "dt", "dd", "th", "figcaption", "caption", "h1", "address", "legend", "summary",
          "header", "footer", "nav", "aside", "menu", "ul", "ol", "dl", "table", "tr", "tbody",
          "thead", "html" -> true;
      default -> false;
    };
  }

  private final PageBlocks page;
  private final boolean useClassWeights;
  /**
   * Each candidate's score in a mutable cell: a {@code Map<Element, Double>} boxed a new Double at
   * every point a block gave and at every look-up of a non-candidate's 0.
   */
  private final Map<Element, Score> scores = new IdentityHashMap<>();

  private ContentScorer(PageBlocks page, boolean useClassWeights) {
    this.page = page;
    this.useClassWeights = useClassWeights;
  }

  /** Scores every candidate of {@code page}; see {@link #score(Element)}. */
  public static ContentScorer score(PageBlocks page, boolean useClassWeights) {
    ContentScorer scorer = new ContentScorer(page, useClassWeights);
    scorer.scoreBlocks();
    scorer.discountLinks();
    return scorer;
  }

  /** The candidate's final score, or 0 when it is no candidate. */
  public double score(Element e) {
    Score score = scores.get(e);
    return score == null ? 0 : score.value;
  }

  public boolean isCandidate(Element e) {
    return scores.containsKey(e);
  }

  /** Candidates, best first. */
  public List<Element> ranked() {
    List<Element> ranked = new ArrayList<>(scores.keySet());
    // A lambda of this class rather than Comparator.comparingDouble(...).reversed(): the class
    // archive holds this one, while the JDK's own was spun anew by every fresh JVM's first page.
    ranked.sort((a, b) -> Double.compare(score(b), score(a)));
    return ranked;
  }

  private void scoreBlocks() {
    for (Block block : page.blocks()) {
      if (!scores(block)) {
        continue;
      }
      double points = 1 + block.proseMarks() + Math.min(block.length() / 100, 3);
      Element level = startOf(block.owner());
      for (int i = 0; i < ANCESTOR_LEVELS && level != null; i++, level = level.parent()) {
        if ("html".equals(level.normalName()) || level.parent() == null) {
          break;
        }
        double divider = i == 0 ? 1 : i == 1 ? 2 : i * 3;
        Score score = scores.get(level);
        if (score == null) {
          scores.put(level, new Score(initialScore(level) + points / divider));
        } else {
          score.value += points / divider;
        }
      }
    }
  }

  private boolean scores(Block block) {
    return !block.unlikely()
        && block.length() >= MIN_SCORED_LENGTH
        && block.linkDensity() < 0.5
        && !isUnscored(block.owner().normalName());
  }

  private static Element startOf(Element owner) {
    return isParagraphTag(owner.normalName()) ? owner.parent() : owner;
  }

  private double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return useClassWeights ? score + ClassWeights.weight(e) : score;
  }

  private void discountLinks() {
    for (Map.Entry<Element, Score> entry : scores.entrySet()) {
      entry.getValue().value *= 1 - page.stats(entry.getKey()).linkDensity();
    }
  }

  /** A candidate's score so far. */
  private static final class Score {
    double value;

    Score(double value) {
      this.value = value;
    }
  }
}
