package dev.newsbridge.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page cut into {@link Block}s, with {@link ElementStats} for every element. Built in one
 * iterative traversal ({@link TreeWalk}), so deep nesting cannot overflow the stack.
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
    // The splitter's list is handed over, not copied: nothing else holds it.
    this.blocks = Collections.unmodifiableList(blocks);
    this.stats = stats;
  }

  /** Cuts {@code root} into blocks; {@code unlikely} marks subtrees that are not content. */
  public static PageBlocks of(Element root, Predicate<Element> unlikely) {
    Splitter splitter = new Splitter(unlikely);
    TreeWalk.walk(root, splitter);
    return splitter.finish();
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
    return isBlockTag(e.normalName());
  }

  /** {@link #BLOCK_TAGS} as a switch: this runs for every element of every page. */
  static boolean isBlockTag(String tag) {
    return switch (tag) {
      case "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
          "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
          "td", "th", "caption", "ul", "legend", "text" -> true;
      default -> false;
    };
  }

  /**
   * One walk: text is gathered into the pending block, and each open element has a frame holding
   * its flags and its totals, which are handed to the parent's frame when the element closes (so
   * no per-element map look-ups during the walk). Only elements with something counted get an
   * {@link ElementStats} at all.
   */
  static final class Splitter implements TreeWalk.Visitor {
    private final Predicate<Element> unlikely;
    /** Sized for a typical page (hundreds of blocks) so it rarely grows. */
    private final List<Block> blocks = new ArrayList<>(512);
    private final Map<Element, ElementStats> stats = new IdentityHashMap<>(512);
    private final ArrayList<Frame> frames = new ArrayList<>();
    private final Deque<Frame> owners = new ArrayDeque<>();
    /** The pending block's text, whitespace already collapsed as it comes in. */
    private final StringBuilder pending = new StringBuilder(1024);
    /** A space is due before the next visible character of the pending block. */
    private boolean pendingSpace;
    private int pendingLength;
    private int pendingMarks;
    private int pendingLinkLength;
    private int depth;
    private int linkDepth;
    private int unlikelyDepth;

    Splitter(Predicate<Element> unlikely) {
      this.unlikely = unlikely;
    }

    @Override
    public boolean head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element e) {
        enter(e);
      }
      return true;
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
      boolean isBlock = isBlockTag(tag);
      if (isBlock || isUnlikely || "br".equals(tag)) {
        flush();
      }
      Frame frame = push(e, tag, isBlock, isLink(e), isUnlikely);
      if (isBlock) {
        owners.push(frame);
      }
      if (frame.link) {
        linkDepth++;
      }
      if (isUnlikely) {
        unlikelyDepth++;
      }
    }

    private void leave(Element e) {
      Frame frame = frames.get(--depth);
      if (frame.block || frame.unlikely) {
        flush();
      }
      if (frame.block && !owners.isEmpty()) {
        owners.pop();
      }
      if (frame.link) {
        linkDepth--;
      }
      if (frame.unlikely) {
        unlikelyDepth--;
      }
      if (frame.stats != null) {
        stats.put(e, frame.stats);
      }
      if (depth > 0 && !frame.unlikely && (frame.stats != null || ElementStats.counts(frame.tag))) {
        frames.get(depth - 1).stats().addChild(frame.stats, frame.tag);
      }
      frame.element = null;
      frame.stats = null;
    }

    /** Frames are reused: a page opens thousands of elements but nests only so deep. */
    private Frame push(Element e, String tag, boolean block, boolean link, boolean isUnlikely) {
      if (depth == frames.size()) {
        frames.add(new Frame());
      }
      Frame frame = frames.get(depth++);
      frame.element = e;
      frame.tag = tag;
      frame.block = block;
      frame.link = link;
      frame.unlikely = isUnlikely;
      return frame;
    }

    /** Only anchors with an href are links; {@code <a name=...>} left open wraps whole pages. */
    private static boolean isLink(Element e) {
      // The parser lower-cases attribute names, so the case-sensitive look-up is enough.
      return "a".equals(e.normalName()) && e.attributesSize() > 0 && e.attributes().hasKey("href");
    }

    /**
     * Adds a text node to the pending block as {@link Texts#normalize} would have it, counting its
     * {@link Texts#weightedLength weighted length}, prose marks and link text in the same pass.
     */
    private void append(String value) {
      int weight = 0;
      for (int i = 0; i < value.length(); ) {
        char ch = value.charAt(i);
        if (ch < 0x80) {
          // ASCII, most characters of most pages: weight 1, the comma the only prose mark.
          i++;
          if (ch == ' ' || (ch >= 0x09 && ch <= 0x0D) || (ch >= 0x1C && ch <= 0x1F)) {
            pendingSpace = pending.length() > 0;
            continue;
          }
          if (pendingSpace) {
            pending.append(' ');
            pendingSpace = false;
          }
          pending.append(ch);
          weight++;
          if (ch == ',') {
            pendingMarks++;
          }
          continue;
        }
        int c = value.codePointAt(i);
        i += Character.charCount(c);
        if (Texts.isSpace(c)) {
          pendingSpace = pending.length() > 0;
          continue;
        }
        if (pendingSpace) {
          pending.append(' ');
          pendingSpace = false;
        }
        if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          pending.append((char) c);
        } else {
          pending.appendCodePoint(c);
        }
        weight += Texts.isCjk(c) ? 2 : 1;
        if (Texts.isProseMark(c)) {
          pendingMarks++;
        }
      }
      pendingLength += weight;
      if (linkDepth > 0) {
        pendingLinkLength += weight;
      }
    }

    /** The blocks, once the walk has left the root. */
    PageBlocks finish() {
      flush();
      return new PageBlocks(blocks, stats);
    }

    private void flush() {
      pendingSpace = false;
      if (pending.length() == 0) {
        pendingLinkLength = 0;
        return;
      }
      String text = pending.toString();
      int length = pendingLength;
      int marks = pendingMarks;
      int linkLength = pendingLinkLength;
      pending.setLength(0);
      pendingLength = 0;
      pendingMarks = 0;
      pendingLinkLength = 0;
      if (owners.isEmpty()) {
        return;
      }
      Frame owner = owners.peek();
      blocks.add(new Block(blocks.size(), text, length, Math.min(linkLength, length), marks,
          owner.element, unlikelyDepth > 0));
      if (unlikelyDepth == 0) {
        owner.stats().addText(length, Math.min(linkLength, length), marks);
      }
    }
  }

  /** An open element during the walk. */
  private static final class Frame {
    Element element;
    String tag;
    boolean block;
    boolean link;
    boolean unlikely;
    ElementStats stats;

    ElementStats stats() {
      if (stats == null) {
        stats = new ElementStats();
      }
      return stats;
    }
  }
}
