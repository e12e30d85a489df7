package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    Set<Element> dropped = ConditionalCleaner.dropped(roots, page, scorer);
    Element[] rootArray = roots.toArray(new Element[0]);
    List<Block> kept = new ArrayList<>();
    for (Block block : page.blocks()) {
      if (!block.unlikely() && keeps(block, rootArray, dropped)) {
        kept.add(block);
      }
    }
    return kept;
  }

  /**
   * Inside one of the roots and inside none of the dropped elements: one walk up from the block,
   * which ends at the first root met. The roots are siblings and every dropped element lies
   * strictly inside one of them, so none can sit above a root. There are few roots (siblings):
   * scanning them beats hashing at every step.
   */
  private static boolean keeps(Block block, Element[] roots, Set<Element> dropped) {
    boolean anyDropped = !dropped.isEmpty();
    for (Element e = block.owner(); e != null; e = e.parent()) {
      for (Element root : roots) {
        if (e == root) {
          return true;
        }
      }
      if (anyDropped && dropped.contains(e)) {
        return false;
      }
    }
    return false;
  }

  static int totalLength(List<Block> blocks) {
    int total = 0;
    for (Block b : blocks) {
      total += b.length();
    }
    return total;
  }
}
