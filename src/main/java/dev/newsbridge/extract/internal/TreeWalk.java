package dev.newsbridge.extract.internal;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A depth-first walk over a subtree, iterative (deep nesting cannot overflow the stack) and cheaper
 * than jsoup's {@code NodeTraversor}, which finds each next node through its sibling index: this
 * one keeps the position in every open element on its own stack. The visitor must not add or
 * remove nodes during the walk.
 */
final class TreeWalk {
  /** What the walk calls for every node. */
  interface Visitor {
    /**
     * Called on entering {@code node} at {@code depth} (the root is 0); false skips its children.
     */
    boolean head(Node node, int depth);

    /** Called on leaving {@code node} (also when its children were skipped). */
    void tail(Node node, int depth);
  }

  private TreeWalk() {}

  static void walk(Element root, Visitor visitor) {
    Node[] open = new Node[64];
    int[] next = new int[64];
    int depth = 0;
    if (!visitor.head(root, 0) || root.childNodeSize() == 0) {
      visitor.tail(root, 0);
      return;
    }
    open[0] = root;
    next[0] = 0;
    while (depth >= 0) {
      Node parent = open[depth];
      int index = next[depth];
      if (index >= parent.childNodeSize()) {
        open[depth] = null;
        visitor.tail(parent, depth);
        depth--;
        continue;
      }
      next[depth] = index + 1;
      Node child = parent.childNode(index);
      int childDepth = depth + 1;
      if (visitor.head(child, childDepth) && child.childNodeSize() > 0) {
        if (childDepth == open.length) {
          open = Arrays.copyOf(open, open.length * 2);
          next = Arrays.copyOf(next, next.length * 2);
        }
        open[childDepth] = child;
        next[childDepth] = 0;
        depth = childDepth;
      } else {
        visitor.tail(child, childDepth);
      }
    }
  }
}
