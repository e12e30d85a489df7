package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements of a cleaned page whose class or id names an author ({@code author}, {@code byline},
 * {@code writer}, {@code reporter}, {@code zuozhe}) or a date ({@code date}, {@code time}, {@code
 * pub}, {@code post-meta}), in document order, any case (ASCII). Found in one walk, made only when
 * a finder first asks: most pages state their byline and time more plainly.
 */
public final class NamedElements {
  /** Words naming an author, matched ignoring ASCII case by {@link ElementNames}. */
  static final List<String> AUTHOR_WORDS =
      List.of("author", "byline", "writer", "reporter", "zuozhe");

  /** Words naming a date, matched ignoring ASCII case by {@link ElementNames}. */
  static final List<String> DATE_WORDS = List.of("date", "time", "pub", "post-meta");

  private final Element root;
  private final ElementNames names;
  private List<Element> authors;
  private List<Element> dates;

  public NamedElements(Element root) {
    this(root, new ElementNames());
  }

  /** With the page's {@link ElementNames}, whose class verdicts the block walk has mostly made. */
  public NamedElements(Element root, ElementNames names) {
    this.root = root;
    this.names = names;
  }

  /** Elements whose class or id names an author. */
  public List<Element> authors() {
    walk();
    return authors;
  }

  /** Elements whose class or id names a date or time. */
  public List<Element> dates() {
    walk();
    return dates;
  }

  private void walk() {
    if (authors != null) {
      return;
    }
    authors = new ArrayList<>();
    dates = new ArrayList<>();
    TreeWalk.walk(root, new TreeWalk.Visitor() {
      @Override
      public boolean head(Node node, int depth) {
        if (node instanceof Element e && e.attributesSize() > 0) {
          // The parser lower-cases attribute names, so case-sensitive look-ups are enough.
          Attributes attributes = e.attributes();
          int verdict = names.verdict(attributes.get("class").trim(), attributes.get("id"));
          if ((verdict & ElementNames.AUTHOR) != 0) {
            authors.add(e);
          }
          if ((verdict & ElementNames.DATE) != 0) {
            dates.add(e);
          }
        }
        return true;
      }

      @Override
      public void tail(Node node, int depth) {}
    });
  }
}
