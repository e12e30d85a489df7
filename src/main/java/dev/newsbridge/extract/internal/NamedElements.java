package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements of a cleaned page whose class or id names an author ({@code author}, {@code byline},
 * {@code writer}, {@code reporter}, {@code zuozhe}) or a date ({@code date}, {@code time}, {@code
 * pub}, {@code post-meta}), in document order, any case (ASCII). Found in one walk, made only when
 * a finder first asks: most pages state their byline and time more plainly.
 */
public final class NamedElements {
  private static final Keywords AUTHOR_WORDS =
      Keywords.of("author", "byline", "writer", "reporter", "zuozhe");
  private static final Keywords DATE_WORDS = Keywords.of("date", "time", "pub", "post-meta");

  /** In a name's verdict: it names an author. */
  private static final int AUTHOR = 1;

  /** In a name's verdict: it names a date. */
  private static final int DATE = 2;

  private final Element root;
  private List<Element> authors;
  private List<Element> dates;

  public NamedElements(Element root) {
    this.root = root;
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
    // Classes repeat on a page, so what each says is kept; ids are mostly unique.
    Map<String, Integer> classVerdicts = new HashMap<>();
    TreeWalk.walk(root, new TreeWalk.Visitor() {
      @Override
      public boolean head(Node node, int depth) {
        if (node instanceof Element e && e.attributesSize() > 0) {
          // No word holds a space, so the class and the id are searched apart, not joined.
          int verdict =
              classVerdicts.computeIfAbsent(e.className(), NamedElements::judge) | judge(e.id());
          if ((verdict & AUTHOR) != 0) {
            authors.add(e);
          }
          if ((verdict & DATE) != 0) {
            dates.add(e);
          }
        }
        return true;
      }

      @Override
      public void tail(Node node, int depth) {}
    });
  }

  private static int judge(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    return (AUTHOR_WORDS.foundInIgnoringAsciiCase(name) ? AUTHOR : 0)
        | (DATE_WORDS.foundInIgnoringAsciiCase(name) ? DATE : 0);
  }
}
