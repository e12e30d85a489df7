package dev.newsbridge.web.internal;

import static dev.newsbridge.web.internal.FeedXml.element;
import static dev.newsbridge.web.internal.FeedXml.escapeHtml;

import dev.newsbridge.enrich.Tag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an RSS 2.0 feed (RSS Advisory Board specification 2.0.11) through {@link FeedXml}, for
 * the readers and newsroom tools that take nothing else. RSS readers render {@code description}
 * and {@code content:encoded} as HTML, so the plain text is HTML-escaped before XML escaping: an
 * article's markup shows as text. The reporter goes in {@code dc:creator} because RSS's own
 * {@code author} must be an e-mail address.
 */
final class RssFeed {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

  /**
   * @param entries newest first
   * @param emptyUpdated the channel's {@code lastBuildDate} when there are no entries
   */
  String write(String title, String description, String homeUrl, String selfUrl,
      List<FeedEntry> entries, Instant emptyUpdated) {
    return FeedXml.document("RSS", xml -> {
      xml.writeStartElement("rss");
      xml.writeAttribute("version", "2.0");
      xml.writeNamespace("atom", ATOM);
      xml.writeNamespace("dc", DC);
      xml.writeNamespace("content", CONTENT);
      xml.writeStartElement("channel");
      element(xml, "title", title);
      element(xml, "link", homeUrl);
      element(xml, "description", description);
      element(xml, "language", "en");
      element(xml, "generator", "Newsbridge");
      element(xml, "lastBuildDate", time(newest(entries, emptyUpdated)));
      xml.writeEmptyElement("atom", "link", ATOM);
      xml.writeAttribute("rel", "self");
      xml.writeAttribute("type", "application/rss+xml");
      xml.writeAttribute("href", FeedXml.clean(selfUrl));
      for (FeedEntry entry : entries) {
        item(xml, entry);
      }
      xml.writeEndElement();
      xml.writeEndElement();
    });
  }

  private static void item(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
    xml.writeStartElement("item");
    element(xml, "title", entry.title());
    element(xml, "link", entry.url());
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "true");
    xml.writeCharacters(FeedXml.clean(entry.url()));
    xml.writeEndElement();
    Instant published = entry.published() != null ? entry.published().toInstant() : null;
    element(xml, "pubDate", time(published != null ? published : entry.updated()));
    element(xml, "dc", DC, "creator", entry.author());
    for (Tag tag : entry.tags()) {
      element(xml, "category", tag.name());
    }
    element(xml, "description", escapeHtml(entry.summary()));
    element(xml, "content", CONTENT, "encoded", paragraphs(entry.text()));
    xml.writeEndElement();
  }

  /** The feed's text (paragraphs joined by blank lines) as escaped HTML paragraphs. */
  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\n\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escapeHtml(paragraph)).append("</p>");
      }
    }
    return html.toString();
  }

  private static Instant newest(List<FeedEntry> entries, Instant fallback) {
    return entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(fallback);
  }

  /** RFC 822 date-time (with a four-digit year), as RSS 2.0 asks, in GMT. */
  private static String time(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
  }
}
