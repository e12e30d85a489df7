package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The lines where a page states its byline, source and time, in the order they are searched: the
 * lines between the headline and the body (and a few just above the headline), then the first and
 * last lines of the body. Short lines only.
 */
public final class MetadataWindow {
  /** Lines looked at above the headline: {@value}. */
  static final int ABOVE_TITLE = 3;

  /** Lines looked at between the headline and the body, at most: {@value}. */
  static final int MAX_HEADER_LINES = 30;

  /** Lines looked at from each end of the body: {@value}. */
  static final int BODY_EDGE_LINES = 3;

  /** Lines longer than this weighted length are not looked at: {@value}. */
  static final int MAX_LINE_LENGTH = 200;

  private MetadataWindow() {}

  /**
   * The lines to search.
   *
   * @param all every block of the page, unlikely ones included (bylines often sit in a header)
   * @param titleElement the headline's element, or null
   * @param body the body blocks, possibly empty
   */
  public static List<String> lines(List<Block> all, Element titleElement, List<Block> body) {
    Map<Element, Integer> firstIndex = new IdentityHashMap<>();
    for (Block b : all) {
      firstIndex.putIfAbsent(b.owner(), b.index());
    }
    int bodyStart = body.isEmpty() ? all.size() : indexOf(body.get(0), all, firstIndex);
    int titleIndex = titleIndex(all, titleElement, bodyStart);
    List<String> lines = new ArrayList<>();
    int from = Math.max(0, titleIndex - ABOVE_TITLE);
    int to = Math.min(bodyStart, titleIndex + MAX_HEADER_LINES);
    for (int i = from; i < to; i++) {
      add(lines, all.get(i));
    }
    for (int i = 0; i < Math.min(BODY_EDGE_LINES, body.size()); i++) {
      add(lines, body.get(i));
    }
    for (int i = Math.max(BODY_EDGE_LINES, body.size() - BODY_EDGE_LINES); i < body.size(); i++) {
      add(lines, body.get(i));
    }
    return lines;
  }

  private static int indexOf(Block block, List<Block> all, Map<Element, Integer> firstIndex) {
    Integer start = firstIndex.get(block.owner());
    if (start == null) {
      return all.size();
    }
    for (int i = start; i < all.size(); i++) {
      if (all.get(i).owner() == block.owner() && all.get(i).text().equals(block.text())) {
        return i;
      }
    }
    return start;
  }

  private static int titleIndex(List<Block> all, Element titleElement, int bodyStart) {
    if (titleElement != null) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).isInside(titleElement)) {
          return i;
        }
      }
    }
    return Math.max(0, bodyStart - MAX_HEADER_LINES / 2);
  }

  /** Navigation ("记者江湖" as a forum name) is link text; bylines are not. */
  private static void add(List<String> lines, Block block) {
    if (block.length() <= MAX_LINE_LENGTH && block.linkDensity() <= 0.5) {
      lines.add(block.text());
    }
  }
}
