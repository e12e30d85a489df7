package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A freshly parsed page, walked once: the elements the metadata readers look at ({@code <meta
 * content>}, {@code itemprop}, JSON-LD scripts, {@code <link rel href>}, {@code <title>}, {@code
 * <h1>}, {@code <time datetime>} and {@code pubdate}), the subtrees nested deeper than {@link
 * DepthLimiter#MAX_DEPTH} and what {@link PageCleaner} removes. Each jsoup {@code select} is a walk
 * of the whole tree, and the extractor used to make eight of them before its own passes began.
 *
 * <p>The same walk may cut the body into {@link PageBlocks}, passing over the junk as if it were
 * gone, so that the body's elements are not walked and read a second time after the cleaning.
 *
 * <p>Order of use: {@link #of} (flattens the deep subtrees at once, as {@link DepthLimiter} did),
 * then read the metadata, then {@link #removeJunk()}, then {@link #blocks}.
 */
public final class PageIndex {
  /** Headings and title-named elements kept, at most: {@value}. */
  public static final int MAX_HEADINGS = TitleFinder.MAX_HEADING_CANDIDATES;

  private final Document doc;
  private final List<Element> metaTags = new ArrayList<>();
  private final List<Element> itemprops = new ArrayList<>();
  private final List<Element> jsonLdScripts = new ArrayList<>();
  private final List<Element> inlineScripts = new ArrayList<>();
  private final List<Element> links = new ArrayList<>();
  private final List<Element> h1s = new ArrayList<>();
  private List<Element> headings;
  private final List<Element> timeStamps = new ArrayList<>();
  private final List<Element> tooDeep = new ArrayList<>();
  private final List<Node> junk = new ArrayList<>();
  private Element title;
  private Element html;
  /** Marks what is not content for {@link #blocks}; null when the index cuts no blocks. */
  private final Predicate<Element> unlikely;
  /** The element the walk cuts into blocks (the body, or null), and the blocks once it left it. */
  private final Element cutRoot;
  private PageBlocks cut;

  private PageIndex(Document doc, Predicate<Element> unlikely) {
    this.doc = doc;
    this.unlikely = unlikely;
    this.cutRoot = unlikely == null ? null : doc.body();
  }

  /** Walks {@code doc} and flattens what lies too deep; see the class comment. */
  public static PageIndex of(Document doc) {
    return walk(new PageIndex(doc, null), null);
  }

  /**
   * As {@link #of(Document)}, cutting the body into blocks in the same walk; {@code unlikely}
   * marks subtrees that are not content, as for {@link PageBlocks#of}.
   */
  public static PageIndex of(Document doc, Predicate<Element> unlikely) {
    return walk(new PageIndex(doc, unlikely), new PageBlocks.Splitter(unlikely));
  }

  private static PageIndex walk(PageIndex index, PageBlocks.Splitter splitter) {
    TreeWalk.walk(index.doc, index.new Walk(splitter));
    DepthLimiter.flatten(index.tooDeep);
    return index;
  }

  /**
   * {@code root} cut into blocks as {@link PageBlocks#of} cuts it after {@link #removeJunk()}:
   * from the walk when it cut that element whole (no junk around it, nothing flattened), else
   * anew. Asks for an index made with the predicate.
   */
  public PageBlocks blocks(Element root) {
    if (unlikely == null) {
      throw new IllegalStateException("this index was made to cut no blocks");
    }
    if (cut != null && root == cutRoot && !flattened()) {
      return cut;
    }
    return PageBlocks.of(root, unlikely);
  }

  public Document document() {
    return doc;
  }

  /** True when the walk flattened subtrees nested too deep. */
  public boolean flattened() {
    return !tooDeep.isEmpty();
  }

  /** {@code meta[content]}, in document order. */
  public List<Element> metaTags() {
    return metaTags;
  }

  /** {@code [itemprop]:not(meta)}, in document order. */
  public List<Element> itemprops() {
    return itemprops;
  }

  /** {@code script[type=application/ld+json]}, in document order. */
  public List<Element> jsonLdScripts() {
    return jsonLdScripts;
  }

  /** The other scripts written into the page ({@code script:not([src])}), in document order. */
  public List<Element> inlineScripts() {
    return inlineScripts;
  }

  /** {@code link[rel][href]}, in document order. */
  public List<Element> links() {
    return links;
  }

  /** Every {@code <h1>}, in document order. */
  public List<Element> h1s() {
    return h1s;
  }

  /**
   * {@code h2, h3, h4, h5, h6, [class*=title], [id*=title]}, in document order, the first {@link
   * #MAX_HEADINGS} only. Found in a walk of its own when first asked: only the last title fallback
   * needs them. Ask before {@link #removeJunk()}, as the title finder does.
   */
  public List<Element> headings() {
    if (headings == null) {
      headings = new ArrayList<>();
      TreeWalk.walk(doc, new TreeWalk.Visitor() {
        @Override
        public boolean head(Node node, int depth) {
          if (headings.size() < MAX_HEADINGS && node instanceof Element e && isHeading(e)) {
            headings.add(e);
          }
          return headings.size() < MAX_HEADINGS;
        }

        @Override
        public void tail(Node node, int depth) {}
      });
    }
    return headings;
  }

  private static boolean isHeading(Element e) {
    switch (e.normalName()) {
      case "h2", "h3", "h4", "h5", "h6" -> {
        return true;
      }
      default -> {
        if (e.attributesSize() == 0) {
          return false;
        }
        // The parser lower-cases attribute names, so case-sensitive look-ups are enough.
        Attributes attributes = e.attributes();
        return containsTitle(attributes.get("class")) || containsTitle(attributes.get("id"));
      }
    }
  }

  /** The first {@code <title>}, or null. */
  public Element title() {
    return title;
  }

  /** The first {@code <html>}, or null. */
  public Element html() {
    return html;
  }

  /**
   * {@code time[datetime], [pubdate]} inside {@code root} after cleaning: those the cleaner removed
   * are left out.
   */
  public List<Element> timeStamps(Element root) {
    List<Element> inside = new ArrayList<>();
    for (Element e : timeStamps) {
      if (isInside(e, root)) {
        inside.add(e);
      }
    }
    return inside;
  }

  /** Removes what {@link PageCleaner} removes: scripts, styles, hidden elements, comments, .... */
  public void removeJunk() {
    for (Node node : junk) {
      if (node.parentNode() != null) {
        node.remove();
      }
    }
  }

  /** "title" in any case, as jsoup's {@code [class*=title]} matches. */
  private static boolean containsTitle(String value) {
    return Texts.containsIgnoreAsciiCase(value, "title");
  }

  private static boolean isInside(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private final class Walk implements TreeWalk.Visitor {
    /** Cuts the body's blocks, or null. */
    private final PageBlocks.Splitter splitter;
    /** Depth of the outermost junk element around the walk, or -1 outside junk. */
    private int junkDepth = -1;
    /** Depth of the element being cut, or -1 outside it. */
    private int cutDepth = -1;

    Walk(PageBlocks.Splitter splitter) {
      this.splitter = splitter;
    }

    @Override
    public boolean head(Node node, int depth) {
      if (node instanceof Element e) {
        boolean descend = element(e, depth);
        if (splitter != null && junkDepth < 0 && (cutDepth >= 0 || e == cutRoot)) {
          cutDepth = cutDepth < 0 ? depth : cutDepth;
          splitter.head(e, depth - cutDepth);
        }
        return descend;
      }
      if (junkDepth < 0) {
        if (node instanceof Comment || node instanceof DataNode) {
          junk.add(node);
        } else if (cutDepth >= 0 && node instanceof TextNode) {
          splitter.head(node, depth - cutDepth);
        }
      }
      return true;
    }

    @Override
    public void tail(Node node, int depth) {
      if (depth == junkDepth) {
        junkDepth = -1;
      } else if (cutDepth >= 0 && junkDepth < 0) {
        splitter.tail(node, depth - cutDepth);
        if (depth == cutDepth) {
          // The junk inside was passed over, so these are the blocks of the cleaned element.
          cut = splitter.finish();
          cutDepth = -1;
        }
      }
    }

    /** False: skip the children (they are flattened). */
    private boolean element(Element e, int depth) {
      // Junk is only marked here: the head, scripts and hidden blocks hold metadata, read first.
      if (junkDepth < 0 && depth > 0 && PageCleaner.isJunk(e)) {
        junk.add(e);
        junkDepth = depth;
      }
      collect(e);
      if (depth >= DepthLimiter.MAX_DEPTH && e.childrenSize() > 0) {
        tooDeep.add(e);
        return false;
      }
      return true;
    }

    private void collect(Element e) {
      String tag = e.normalName();
      switch (tag) {
        case "meta" -> {
          if (e.hasAttr("content")) {
            metaTags.add(e);
          }
        }
        case "script" -> {
          if ("application/ld+json".equalsIgnoreCase(e.attr("type").trim())) {
            jsonLdScripts.add(e);
          } else if (!e.hasAttr("src")) {
            inlineScripts.add(e);
          }
        }
        case "link" -> {
          if (e.hasAttr("rel") && e.hasAttr("href")) {
            links.add(e);
          }
        }
        case "h1" -> h1s.add(e);
        case "title" -> title = title == null ? e : title;
        case "html" -> html = html == null ? e : html;
        default -> {}
      }
      if (e.attributesSize() == 0) {
        return;
      }
      // The parser lower-cases attribute names, so case-sensitive look-ups are enough.
      Attributes attributes = e.attributes();
      if (!"meta".equals(tag) && attributes.hasKey("itemprop")) {
        itemprops.add(e);
      }
      if (("time".equals(tag) && attributes.hasKey("datetime")) || attributes.hasKey("pubdate")) {
        timeStamps.add(e);
      }
    }
  }
}
