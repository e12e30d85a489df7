package dev.newsbridge.extract.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text: scripts, styles, embedded objects, form controls that carry
 * text, comments, and elements hidden with {@code hidden}, {@code aria-hidden} or an inline {@code
 * display:none}. Runs after the metadata (which lives in {@code <head>} and JSON-LD scripts) has
 * been read. Iterative, so deep nesting is safe. The extractor marks the same nodes in {@link
 * PageIndex}'s walk and removes them with {@link PageIndex#removeJunk()}.
 */
public final class PageCleaner {
  /** Elements removed whatever they hold; a switch, as it runs for every element of every page. */
  private static boolean isJunkTag(String tag) {
    return switch (tag) {
      case "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
          "embed", "applet", "select", "textarea", "button", "link", "meta", "head", "title", "audio",
          "video", "map", "dialog" -> true;
      default -> false;
    };
  }

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private PageCleaner() {}

  /** Cleans {@code root} in place. */
  public static void clean(Element root) {
    NodeTraversor.filter(new JunkFilter(), root);
  }

  private static final class JunkFilter implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Comment || node instanceof DataNode) {
        return FilterResult.REMOVE;
      }
      if (node instanceof Element e && depth > 0 && isJunk(e)) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      return FilterResult.CONTINUE;
    }
  }

  /** True for an element removed with all it holds (not for comments and script data). */
  static boolean isJunk(Element e) {
    if (isJunkTag(e.normalName())) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    // The parser lower-cases attribute names, so case-sensitive look-ups are enough.
    Attributes attributes = e.attributes();
    if (attributes.hasKey("hidden") || "true".equalsIgnoreCase(attributes.get("aria-hidden"))) {
      return true;
    }
    String style = attributes.get("style");
    if (style.isEmpty()) {
      return false;
    }
    String lower = style.toLowerCase(Locale.ROOT);
    return (lower.contains("none") || lower.contains("hidden")) && HIDDEN_STYLE.matcher(lower).find();
  }
}
