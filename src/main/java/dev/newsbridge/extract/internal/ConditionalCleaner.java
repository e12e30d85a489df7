package dev.newsbridge.extract.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inside the chosen article, finds the containers that are not prose: link lists ("related
 * stories"), galleries, forms, share bars with a friendly class name. The tests are Readability's
 * {@code _cleanConditionally}, with lengths CJK-weighted and Chinese commas counted.
 */
public final class ConditionalCleaner {
  /** Containers with at least this many commas are always kept: {@value}. */
  static final int PROSE_COMMAS = 10;

  /** The containers checked; a switch, as it runs for every element above a body block. */
  private static boolean isChecked(String tag) {
    return switch (tag) {
      case "table", "ul", "ol", "div", "section", "aside", "form", "figure", "dl", "header",
          "footer" -> true;
      default -> false;
    };
  }

  private final PageBlocks page;
  private final ContentScorer scorer;
  /** Each verdict asked for: the blocks of one container ask about it in turn. */
  private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

  private ConditionalCleaner(PageBlocks page, ContentScorer scorer) {
    this.page = page;
    this.scorer = scorer;
  }

  /** A cleaner for the article chosen from {@code page} with {@code scorer}. */
  public static ConditionalCleaner of(PageBlocks page, ContentScorer scorer) {
    return new ConditionalCleaner(page, scorer);
  }

  /**
   * True when {@code e}, an element inside the article (not one of its roots), is a container
   * whose text should not be part of the article. Asked only about the elements above the blocks:
   * judging every container under the article was a walk of its whole subtree.
   */
  public boolean drops(Element e) {
    if (!isChecked(e.normalName())) {
      return false;
    }
    Boolean verdict = verdicts.get(e);
    if (verdict == null) {
      verdict = !isParagraph(e) && isNotProse(e);
      verdicts.put(e, verdict);
    }
    return verdict;
  }

  /** A div holding only text and inline elements is a paragraph (Readability turns it into a p). */
  private static boolean isParagraph(Element e) {
    if (!"div".equals(e.normalName())) {
      return false;
    }
    boolean text = false;
    for (int i = 0; i < e.childNodeSize(); i++) {
      Node child = e.childNode(i);
      if (child instanceof Element c && PageBlocks.isBlockTag(c)) {
        return false;
      }
      text |= child instanceof TextNode t && !t.isBlank();
    }
    return text;
  }

  private boolean isNotProse(Element e) {
    int weight = ClassWeights.weight(e);
    if (weight + scorer.score(e) < 0) {
      return true;
    }
    ElementStats s = page.stats(e);
    if (s.proseMarks() >= PROSE_COMMAS) {
      return false;
    }
    boolean isList = isList(e);
    boolean inFigure = hasAncestor(e, "figure");
    int p = s.paragraphs();
    int img = s.images();
    return (img > 1 && (double) p / img < 0.5 && !inFigure)
        || (!isList && s.listItems() - 100 > p)
        || s.inputs() > p / 3
        || (!isList && s.headingDensity() < 0.9 && s.length() < 25 && (img == 0 || img > 2)
            && !inFigure)
        || (!isList && weight < 25 && s.linkDensity() > 0.2)
        || (weight >= 25 && s.linkDensity() > 0.5)
        || (isList && s.linkDensity() > 0.5);
  }

  private boolean isList(Element e) {
    String tag = e.normalName();
    if ("ul".equals(tag) || "ol".equals(tag)) {
      return true;
    }
    int listLength = 0;
    for (Element child : e.children()) {
      String t = child.normalName();
      if ("ul".equals(t) || "ol".equals(t)) {
        listLength += page.stats(child).length();
      }
    }
    ElementStats s = page.stats(e);
    return s.length() > 0 && listLength > 0.9 * s.length();
  }

  private static boolean hasAncestor(Element e, String tag) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (tag.equals(p.normalName())) {
        return true;
      }
    }
    return false;
  }
}
