package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements of a cleaned page whose class or id names an author ({@code author}, {@code byline},
 * {@code writer}, {@code reporter}, {@code zuozhe}) or a date ({@code date}, {@code time}, {@code
 * pub}, {@code post-meta}), in document order, any case (ASCII). Found in one walk, made only when
 * a finder first asks: most pages state their byline and time more plainly.
 */
public final class NamedElements {
  private static final String[] AUTHOR_WORDS = {"author", "byline", "writer", "reporter", "zuozhe"};
  private static final String[] DATE_WORDS = {"date", "time", "pub", "post-meta"};

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
    TreeWalk.walk(root, new TreeWalk.Visitor() {
      @Override
      public boolean head(Node node, int depth) {
        if (node instanceof Element e && e.attributesSize() > 0) {
          String className = e.className();
          String id = e.id();
          if (names(className, id, AUTHOR_WORDS)) {
            authors.add(e);
          }
          if (names(className, id, DATE_WORDS)) {
            dates.add(e);
          }
        }
        return true;
      }

      @Override
      public void tail(Node node, int depth) {}
    });
  }

  /** No word holds a space, so the class and the id are searched apart, not joined. */
  private static boolean names(String className, String id, String[] words) {
    for (String word : words) {
      if (containsIgnoreAsciiCase(className, word) || containsIgnoreAsciiCase(id, word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} (lower-case ASCII) in {@code text}, ASCII letters in any case, as (?i) does. */
  static boolean containsIgnoreAsciiCase(String text, String word) {
    char first = word.charAt(0);
    char firstUpper = first >= 'a' && first <= 'z' ? (char) (first - 32) : first;
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c != first && c != firstUpper) {
        continue;
      }
      int j = 1;
      while (j < word.length() && lower(text.charAt(i + j)) == word.charAt(j)) {
        j++;
      }
      if (j == word.length()) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
