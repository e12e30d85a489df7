package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of a cleaned page: scores candidates ({@link ContentScorer}), picks the
 * article's elements ({@link ContentSelector}), drops non-prose containers inside them ({@link
 * ConditionalCleaner}) and returns the remaining blocks in document order.
 *
 * <p>Like Readability, it retries without the class/id heuristics when the first pass finds less
 * than {@link #RETRY_BELOW_LENGTH}: a page whose wrapper is called "sidebar-layout" still has a
 * body.
 */
public final class BodyFinder {
  /** A first pass shorter than this weighted length is retried without class heuristics: {@value}. */
  public static final int RETRY_BELOW_LENGTH = 250;

  private BodyFinder() {}

  /** The body blocks of {@code body} (the page's {@code <body>} or root), possibly empty. */
  public static List<Block> find(Element body) {
    return find(body, PageBlocks.of(body, ClassWeights.unlikelyForOnePage()));
  }

  /**
   * As {@link #find(Element)}, with the page's blocks cut with the class heuristics already at hand
   * (the caller needs them for the metadata too; cutting a page twice costs as much as scoring it).
   * The page is cut again without them only when the retry is needed.
   */
  public static List<Block> find(Element body, PageBlocks withHeuristics) {
    List<Block> strict = pass(withHeuristics, true);
    if (totalLength(strict) >= RETRY_BELOW_LENGTH) {
      return strict;
    }
    List<Block> lenient = pass(PageBlocks.of(body, e -> false), false);
    return totalLength(lenient) > totalLength(strict) ? lenient : strict;
  }

  private static List<Block> pass(PageBlocks page, boolean useClassHeuristics) {
    ContentScorer scorer = ContentScorer.score(page, useClassHeuristics);
    List<Element> roots = ContentSelector.select(scorer, page);
    ConditionalCleaner cleaner = ConditionalCleaner.of(page, scorer);
    Element[] rootArray = roots.toArray(new Element[0]);
    List<Block> kept = new ArrayList<>();
    for (Block block : page.blocks()) {
      if (!block.unlikely() && keeps(block, rootArray, cleaner)) {
        kept.add(block);
      }
    }
    return kept;
  }

  /**
   * Inside one of the roots and inside no container the cleaner drops. The roots are siblings, and
   * only the elements between a block and its root can drop it. There are few roots (siblings):
   * scanning them beats hashing at every step.
   */
  private static boolean keeps(Block block, Element[] roots, ConditionalCleaner cleaner) {
    Element root = rootAbove(block.owner(), roots);
    if (root == null) {
      return false;
    }
    for (Element e = block.owner(); e != root; e = e.parent()) {
      if (cleaner.drops(e)) {
        return false;
      }
    }
    return true;
  }

  /** The root that is {@code owner} or lies above it, or null. */
  private static Element rootAbove(Element owner, Element[] roots) {
    for (Element e = owner; e != null; e = e.parent()) {
      for (Element root : roots) {
        if (e == root) {
          return root;
        }
      }
    }
    return null;
  }

  static int totalLength(List<Block> blocks) {
    int total = 0;
    for (Block b : blocks) {
      total += b.length();
    }
    return total;
  }
}
