package dev.newsbridge.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page cut into {@link Block}s, with {@link ElementStats} for every element. Built in one
 * iterative traversal ({@link NodeTraversor}), so deep nesting cannot overflow the stack.
 */
public final class PageBlocks {
  /** Elements that start and end a block of text. */
  static final Set<String> BLOCK_TAGS =
      Set.of("address", "article", "aside", "blockquote", "body", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
          "td", "th", "caption", "ul", "legend", "text");

  private final List<Block> blocks;
  private final Map<Element, ElementStats> stats;

  private PageBlocks(List<Block> blocks, Map<Element, ElementStats> stats) {
    this.blocks = List.copyOf(blocks);
    this.stats = stats;
  }

  /** Cuts {@code root} into blocks; {@code unlikely} marks subtrees that are not content. */
  public static PageBlocks of(Element root, Predicate<Element> unlikely) {
    Splitter splitter = new Splitter(unlikely);
    NodeTraversor.traverse(splitter, root);
    splitter.flush();
    return new PageBlocks(splitter.blocks, splitter.stats);
  }

  public List<Block> blocks() {
    return blocks;
  }

  /** The totals for {@code e}'s subtree (all zero for an element outside the page). */
  public ElementStats stats(Element e) {
    ElementStats s = stats.get(e);
    return s == null ? new ElementStats() : s;
  }

  public static boolean isBlockTag(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private static final class Splitter implements NodeVisitor {
    private final Predicate<Element> unlikely;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Element, ElementStats> stats = new IdentityHashMap<>();
    private final Map<Element, Boolean> unlikelyRoots = new IdentityHashMap<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingLinkLength;
    private int linkDepth;
    private int unlikelyDepth;

    Splitter(Predicate<Element> unlikely) {
      this.unlikely = unlikely;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String value = text.getWholeText();
        pending.append(value);
        if (linkDepth > 0) {
          pendingLinkLength += Texts.weightedLength(value);
        }
      } else if (node instanceof Element e) {
        enter(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        leave(e);
      }
    }

    private void enter(Element e) {
      String tag = e.normalName();
      boolean isUnlikely = unlikely.test(e);
      if ("br".equals(tag) || isBlockTag(e) || isUnlikely) {
        flush();
      }
      if (isBlockTag(e)) {
        owners.push(e);
      }
      if (isLink(e)) {
        linkDepth++;
      }
      if (isUnlikely) {
        unlikelyRoots.put(e, Boolean.TRUE);
        unlikelyDepth++;
      }
    }

    private void leave(Element e) {
      boolean isUnlikely = unlikelyRoots.containsKey(e);
      if (isBlockTag(e) || isUnlikely) {
        flush();
      }
      if (isBlockTag(e) && !owners.isEmpty()) {
        owners.pop();
      }
      if (isLink(e)) {
        linkDepth--;
      }
      if (isUnlikely) {
        unlikelyDepth--;
      }
      Element parent = e.parent();
      if (parent != null && !isUnlikely) {
        statsOf(parent).addChild(statsOf(e), e.normalName());
      }
    }

    /** Only anchors with an href are links; {@code <a name=...>} left open wraps whole pages. */
    private static boolean isLink(Element e) {
      return "a".equals(e.normalName()) && e.hasAttr("href");
    }

    void flush() {
      if (pending.length() == 0) {
        return;
      }
      String text = Texts.normalize(pending.toString());
      int linkLength = pendingLinkLength;
      pending.setLength(0);
      pendingLinkLength = 0;
      if (text.isEmpty() || owners.isEmpty()) {
        return;
      }
      int length = Texts.weightedLength(text);
      Element owner = owners.peek();
      blocks.add(
          new Block(blocks.size(), text, length, Math.min(linkLength, length), owner, unlikelyDepth > 0));
      if (unlikelyDepth == 0) {
        statsOf(owner).addText(length, Math.min(linkLength, length), Texts.proseMarks(text));
      }
    }

    private ElementStats statsOf(Element e) {
      return stats.computeIfAbsent(e, k -> new ElementStats());
    }
  }
}
