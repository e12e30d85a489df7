package dev.newsbridge.demo.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Escaping for the hand-written templates (element text and quoted attribute values).
 *
 * <p>The desk's feeds escape the same way (web's {@code FeedXml.escapeHtml}); this copy is on
 * purpose. The outlet stands in for someone else's site and shares no code with the desk that
 * reads it, and the web stage may import only its own code and other stages' records.
 */
final class Html {
  private Html() {}

  /** Each paragraph as a plain {@code <p>}, escaped, one per line. */
  static String paragraphs(List<String> paragraphs) {
    return paragraphs.stream()
        .map(p -> "<p>" + escape(p) + "</p>")
        .collect(Collectors.joining("\n"));
  }

  /** Each link as a plain {@code <li><a>}, escaped, one per line. */
  static String linkItems(List<PageTemplate.Link> links) {
    return links.stream()
        .map(l -> "<li><a href=\"" + l.path() + "\">" + escape(l.title()) + "</a></li>")
        .collect(Collectors.joining("\n"));
  }

  /**
   * How an outlet shows its readers' comments: {@code markup} takes the nickname, the time and the
   * text (the two texts escaped) in that order; the first comment comes {@code firstMinutes} after
   * publication and each next one {@code everyMinutes} later, timed in the outlet's {@code clock}.
   */
  record CommentStyle(String markup, DateTimeFormatter clock, long firstMinutes, long everyMinutes) {
    String render(ArticleText a) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < a.comments().size(); i++) {
        ArticleText.Comment c = a.comments().get(i);
        String at = clock.format(a.publishedAt().plusMinutes(firstMinutes + everyMinutes * i));
        out.append(markup.formatted(escape(c.nickname()), at, escape(c.text())));
      }
      return out.toString();
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
