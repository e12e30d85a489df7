package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one outlet's RSS 2.0 feed (UTF-8), newest item first. Each item has title, link, guid,
 * pubDate (RFC 822 date with the +0800 offset), category, description (the first paragraph) and the
 * reporter, in the element the outlet uses ({@link Outlet#creatorElement()}).
 */
public final class RssFeed {
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private RssFeed() {}

  /**
   * @param outlet the outlet
   * @param base the site's base URL, ending in "/"
   * @param articles that outlet's articles, newest first (the first one dates the feed)
   */
  public static String write(Outlet outlet, URI base, List<ArticleText> articles) {
    StringBuilder xml = new StringBuilder(8192);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<channel>\n")
        .append(element("title", outlet.displayName()))
        .append(element("link", base.toString()))
        .append(element("description", outlet.description()))
        .append(element("language", outlet.feedLanguage()))
        .append(element("lastBuildDate", RFC_822.format(articles.get(0).publishedAt())));
    for (ArticleText a : articles) {
      xml.append(item(outlet, base, a));
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  private static String item(Outlet outlet, URI base, ArticleText a) {
    String link = base.resolve(outlet.articlePath(a).substring(1)).toString();
    String creator = outlet.creatorElement();
    return "<item>\n"
        + element("title", a.title())
        + element("link", link)
        + "<guid isPermaLink=\"true\">"
        + escape(link)
        + "</guid>\n"
        + element("pubDate", RFC_822.format(a.publishedAt()))
        + element(creator, a.reporter())
        + element("category", outlet.channelName(a.topic()))
        + element("description", a.summary())
        + "</item>\n";
  }

  private static String element(String name, String text) {
    return "<" + name + ">" + escape(text) + "</" + name + ">\n";
  }
}
