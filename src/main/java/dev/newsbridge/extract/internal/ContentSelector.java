package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that make up the article from the scored candidates: the best candidate,
 * moved up to a parent when the parent is at least as good or holds several strong candidates, plus
 * the siblings that look like more of the same (Readability's sibling pass).
 */
public final class ContentSelector {
  /** A parent replaces the top candidate when at least this many strong candidates share it: {@value}. */
  static final int MIN_SHARED_CANDIDATES = 3;

  /** Candidates within this share of the top score count as strong: {@value}. */
  static final double STRONG_SHARE = 0.75;

  /** A sibling scoring below this has no prose of its own: {@value}. */
  static final double NO_PROSE_SCORE = 5;

  private final ContentScorer scorer;
  private final PageBlocks page;

  private ContentSelector(ContentScorer scorer, PageBlocks page) {
    this.scorer = scorer;
    this.page = page;
  }

  /** The article's elements in document order; empty when the page has no candidate. */
  public static List<Element> select(ContentScorer scorer, PageBlocks page) {
    return new ContentSelector(scorer, page).select();
  }

  private List<Element> select() {
    List<Element> ranked = scorer.ranked();
    if (ranked.isEmpty()) {
      return List.of();
    }
    Element top = climbToSharedParent(ranked);
    top = climbWhileParentScoresBetter(top);
    double topScore = scorer.score(top);
    return withSiblings(climbOutOfOnlyChildren(top), topScore);
  }

  private Element climbToSharedParent(List<Element> ranked) {
    Element top = ranked.get(0);
    double topScore = scorer.score(top);
    List<Element> strong = new ArrayList<>();
    for (Element e : ranked.subList(1, Math.min(ranked.size(), 6))) {
      if (scorer.score(e) >= topScore * STRONG_SHARE) {
        strong.add(e);
      }
    }
    if (strong.size() < MIN_SHARED_CANDIDATES) {
      return top;
    }
    for (Element parent = top.parent(); parent != null && !isRoot(parent); parent = parent.parent()) {
      int shared = 0;
      for (Element e : strong) {
        if (isAncestor(parent, e)) {
          shared++;
        }
      }
      if (shared >= MIN_SHARED_CANDIDATES) {
        return parent;
      }
    }
    return top;
  }

  private Element climbWhileParentScoresBetter(Element top) {
    double lastScore = scorer.score(top);
    double threshold = lastScore / 3;
    for (Element parent = top.parent(); parent != null && !isRoot(parent); parent = parent.parent()) {
      if (!scorer.isCandidate(parent)) {
        continue;
      }
      double parentScore = scorer.score(parent);
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        return parent;
      }
      lastScore = parentScore;
    }
    return top;
  }

  private static Element climbOutOfOnlyChildren(Element top) {
    Element e = top;
    while (e.parent() != null && !isRoot(e.parent()) && e.parent().childrenSize() == 1) {
      e = e.parent();
    }
    return e;
  }

  private List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null || isRoot(top)) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || looksLikeMore(sibling, top, topScore, threshold)) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private boolean looksLikeMore(Element sibling, Element top, double topScore, double threshold) {
    if (ClassWeights.isUnlikely(sibling)) {
      return false;
    }
    double bonus =
        !top.className().isEmpty() && top.className().equals(sibling.className())
            ? topScore * 0.2
            : 0;
    if (scorer.isCandidate(sibling) && scorer.score(sibling) + bonus >= threshold) {
      return true;
    }
    ElementStats stats = page.stats(sibling);
    if (!"p".equals(sibling.normalName())) {
      return isPlainTextBlock(sibling, stats, top);
    }
    String text = sibling.text();
    if (stats.length() > 80 && stats.linkDensity() < 0.25) {
      return true;
    }
    return stats.length() > 0 && stats.linkDensity() == 0 && Texts.endsLikeSentence(text);
  }

  /**
   * A link-free sibling without prose of its own but with a good share of the top's text: a data
   * table, say.
   */
  private boolean isPlainTextBlock(Element sibling, ElementStats stats, Element top) {
    return scorer.score(sibling) < NO_PROSE_SCORE
        && ClassWeights.weight(sibling) >= 0
        && stats.linkDensity() < 0.1
        && stats.length() >= Math.max(80, page.stats(top).length() / 4);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoot(Element e) {
    String tag = e.normalName();
    return "html".equals(tag) || "body".equals(tag) || e.parent() == null;
  }
}
