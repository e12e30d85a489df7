package dev.newsbridge.demo.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article file as written: a header of {@code key: value} lines, a blank line, then the body
 * paragraphs separated by blank lines (lines inside a paragraph are joined without a space, as
 * Chinese text has none, or with one for the English daily). {@code comment: nickname | text} may
 * repeat.
 *
 * @param slug unique across the demo, used in the URL
 * @param outlet which outlet publishes it
 * @param reporter the reporter's name
 * @param editor the 责任编辑 (the English daily's "Edited by")
 * @param title the clean headline
 * @param publishedAt publication time in China and Taiwan time (+08:00), Kestrel Bay's too
 * @param topic the channel
 * @param charset the charset label the page is served and declared with ("UTF-8", "GBK", "gb2312",
 *     "big5"); GBK and gb2312 pages carry GBK bytes, big5 pages Big5 bytes
 * @param byline how the page prints the byline
 * @param openGraph whether the page carries og:* and article:published_time meta tags
 * @param comments readers' comments shown under the article
 * @param paragraphs the body as written in the file (see {@link #bodyParagraphs()})
 */
public record ArticleText(
    String slug,
    Outlet outlet,
    String reporter,
    String editor,
    String title,
    OffsetDateTime publishedAt,
    Topic topic,
    String charset,
    Byline byline,
    boolean openGraph,
    List<Comment> comments,
    List<String> paragraphs) {

  /** Longest summary in characters, about two lines of a Chinese news list. */
  public static final int SUMMARY_LIMIT = 80;

  /** A reader's comment. */
  public record Comment(String nickname, String text) {}

  public ArticleText {
    comments = List.copyOf(comments);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body exactly as the page shows it: the first paragraph gets the byline's lead prefix. */
  public List<String> bodyParagraphs() {
    List<String> body = new ArrayList<>(paragraphs);
    body.set(0, byline.leadPrefix(reporter) + body.get(0));
    return List.copyOf(body);
  }

  /**
   * The first paragraph as written, cut at {@value #SUMMARY_LIMIT} characters with an ellipsis: the
   * meta description and the feed's item description.
   */
  public String summary() {
    String first = paragraphs.get(0);
    return first.length() <= SUMMARY_LIMIT ? first : first.substring(0, SUMMARY_LIMIT) + "…";
  }

  /**
   * Parses one article file.
   *
   * @throws IllegalArgumentException naming the file and the problem; the files ship with the
   *     project, so a bad one is a bug to fail loudly on
   */
  public static ArticleText parse(String name, String text) {
    String[] blocks = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
    Map<String, String> header = new LinkedHashMap<>();
    List<Comment> comments = new ArrayList<>();
    for (String line : blocks[0].split("\n")) {
      int colon = line.indexOf(':');
      require(colon > 0, name, "header line without ':' - " + line);
      String key = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (key.equals("comment")) {
        comments.add(comment(name, value));
      } else {
        header.put(key, value);
      }
    }
    Outlet outlet = Outlet.ofKey(field(header, "outlet", name));
    String lineJoin = outlet.writesEnglish() ? " " : "";
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i < blocks.length; i++) {
      paragraphs.add(blocks[i].strip().replaceAll("\\s*\n\\s*", lineJoin));
    }
    require(!paragraphs.isEmpty(), name, "no body paragraphs");
    return new ArticleText(
        field(header, "slug", name),
        outlet,
        field(header, "reporter", name),
        field(header, "editor", name),
        field(header, "title", name),
        OffsetDateTime.parse(field(header, "published", name)),
        Topic.ofKey(field(header, "topic", name)),
        field(header, "charset", name),
        Byline.ofKey(field(header, "byline", name)),
        field(header, "og", name).equals("yes"),
        comments,
        paragraphs);
  }

  private static Comment comment(String name, String value) {
    int bar = value.indexOf('|');
    require(bar > 0, name, "comment without 'nickname | text' - " + value);
    return new Comment(value.substring(0, bar).trim(), value.substring(bar + 1).trim());
  }

  private static String field(Map<String, String> header, String key, String name) {
    String value = header.get(key);
    require(value != null && !value.isEmpty(), name, "missing header '" + key + "'");
    return value;
  }

  private static void require(boolean ok, String name, String problem) {
    if (!ok) {
      throw new IllegalArgumentException("demo article " + name + ": " + problem);
    }
  }
}
