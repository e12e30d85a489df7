package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The lines where a page states its byline, source and time, in the order they are searched: the
 * lines between the headline and the body (and a few just above the headline), then the first and
 * last lines of the body, then forum post stamps anywhere on the page ({@code 本贴由X于…}, which
 * old boards print below the thread). Link-dominated lines (navigation) are left out.
 */
public final class MetadataWindow {
  /** Lines looked at above the headline: {@value}. */
  static final int ABOVE_TITLE = 3;

  /** Lines looked at between the headline and the body, at most: {@value}. */
  static final int MAX_HEADER_LINES = 30;

  /** Body lines at least this long (weighted) are prose, not captions or bylines: {@value}. */
  static final int MIN_PARAGRAPH_LENGTH = 80;

  /** Lines right below the headline that may hold a bare author name: {@value}. */
  static final int NEAR_TITLE_LINES = 2;

  /** Lines looked at from each end of the body: {@value}. */
  static final int BODY_EDGE_LINES = 3;

  /** Header lines longer than this weighted length are not looked at: {@value}. */
  static final int MAX_LINE_LENGTH = 400;

  private final List<String> header;
  private final List<String> lines;
  private final List<String> bodyEnd;
  private final List<String> bodyStart;

  private MetadataWindow(List<String> header, List<String> lines, List<String> bodyStart, List<String> bodyEnd) {
    this.header = List.copyOf(header);
    this.lines = List.copyOf(lines);
    this.bodyStart = List.copyOf(bodyStart);
    this.bodyEnd = List.copyOf(bodyEnd);
  }

  /**
   * The window of a page.
   *
   * @param all every block of the page, unlikely ones included (bylines often sit in a header)
   * @param title the headline's text and element (either may be null)
   * @param body the body blocks, possibly empty
   */
  public static MetadataWindow of(List<Block> all, TitleFinder.Title title, List<Block> body) {
    // Sized for every block up front: growing it block by block rehashed it again and again.
    Map<Element, Integer> firstIndex = new IdentityHashMap<>(all.size());
    for (Block b : all) {
      firstIndex.putIfAbsent(b.owner(), b.index());
    }
    int bodyStart = body.isEmpty() ? all.size() : indexOf(body.get(0), all, firstIndex);
    int titleIndex = titleIndex(all, title, bodyStart);
    List<String> header = new ArrayList<>();
    int from = Math.max(0, titleIndex - ABOVE_TITLE);
    int to = Math.min(proseAfter(titleIndex, body, all, firstIndex), titleIndex + MAX_HEADER_LINES);
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      add(lines, all.get(i), MAX_LINE_LENGTH);
    }
    for (int i = titleIndex + 1; i < Math.min(to, titleIndex + 1 + NEAR_TITLE_LINES); i++) {
      add(header, all.get(i), MAX_LINE_LENGTH);
    }
    for (int i = 0; i < Math.min(BODY_EDGE_LINES, body.size()); i++) {
      add(lines, body.get(i), Integer.MAX_VALUE);
    }
    for (int i = Math.max(BODY_EDGE_LINES, body.size() - BODY_EDGE_LINES); i < body.size(); i++) {
      add(lines, body.get(i), Integer.MAX_VALUE);
    }
    for (int i = 0; i < Math.min(BODY_EDGE_LINES, body.size()); i++) {
      header.add(body.get(i).text());
    }
    for (Block b : all) {
      if (BylineParser.isPostStamp(b.text())) {
        lines.add(b.text());
      }
    }
    List<String> bodyEnd = new ArrayList<>();
    for (int i = Math.max(0, body.size() - BODY_EDGE_LINES); i < body.size(); i++) {
      bodyEnd.add(body.get(i).text());
    }
    List<String> bodyHead = new ArrayList<>();
    for (int i = 0; i < Math.min(BODY_EDGE_LINES, body.size()); i++) {
      bodyHead.add(body.get(i).text());
    }
    return new MetadataWindow(header, lines, bodyHead, bodyEnd);
  }

  /** Every line, in search order. */
  public List<String> all() {
    return lines;
  }

  /** The body's first few lines, whatever their length. */
  public List<String> bodyStart() {
    return bodyStart;
  }

  /** The body's last few lines, where official notices sign with the issuer and date. */
  public List<String> bodyEnd() {
    return bodyEnd;
  }

  /** The lines just below the headline and the first few body lines. */
  public List<String> header() {
    return header;
  }

  /**
   * Where the body's prose starts below the headline: the first body line after it that is a real
   * paragraph. The body may hold the headline itself and short lines (captions) after it.
   */
  private static int proseAfter(
      int titleIndex, List<Block> body, List<Block> all, Map<Element, Integer> firstIndex) {
    for (Block b : body) {
      if (b.length() >= MIN_PARAGRAPH_LENGTH) {
        int index = indexOf(b, all, firstIndex);
        if (index > titleIndex) {
          return index;
        }
      }
    }
    return all.size();
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

  private static int titleIndex(List<Block> all, TitleFinder.Title title, int bodyStart) {
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      boolean inElement = title.element() != null && b.isInside(title.element());
      if (inElement || (title.text() != null && b.text().equals(title.text()))) {
        return i;
      }
    }
    return Math.max(0, bodyStart - MAX_HEADER_LINES / 2);
  }

  /**
   * Navigation ("记者江湖" as a forum name) is link text, so link-dominated lines are skipped unless
   * they carry a label ("作者：" followed by a linked name).
   */
  private static void add(List<String> lines, Block block, int maxLength) {
    boolean labelled = block.text().contains("：") || block.text().contains(":");
    if (block.length() <= maxLength && (block.linkDensity() <= 0.5 || labelled)) {
      lines.add(block.text());
    }
  }
}
