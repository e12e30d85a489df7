package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds the depth of a parsed page. jsoup 1.21 builds trees of any depth (100 000 nested
 * {@code <div>}s give a tree 100 000 deep), and every walk up such a tree costs its depth, so the
 * extractor flattens whatever lies deeper than {@value #MAX_DEPTH} levels into plain text. Later
 * jsoup releases cap parsing at the same depth. The extractor finds those subtrees in {@link
 * PageIndex}'s walk; {@link #limit} is the same on its own.
 */
public final class DepthLimiter {
  /** Elements deeper than this are flattened into their text: {@value}. */
  public static final int MAX_DEPTH = 512;

  private DepthLimiter() {}

  /** Flattens {@code root} below {@link #MAX_DEPTH}; true when anything was flattened. */
  public static boolean limit(Element root) {
    List<Element> atLimit = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth >= MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
              atLimit.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
    flatten(atLimit);
    return !atLimit.isEmpty();
  }

  /** Replaces the children of each of {@code elements} with their text. */
  static void flatten(List<Element> elements) {
    for (Element e : elements) {
      String text = e.text();
      e.empty();
      e.appendText(text);
    }
  }
}
