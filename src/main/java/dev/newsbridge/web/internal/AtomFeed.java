package dev.newsbridge.web.internal;

import static dev.newsbridge.web.internal.FeedXml.clean;
import static dev.newsbridge.web.internal.FeedXml.element;

import dev.newsbridge.enrich.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) through {@link FeedXml}. Text is published as {@code
 * type="text"}, never as HTML.
 */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /**
   * @param entries newest first
   * @param emptyUpdated the feed's {@code updated} when there are no entries
   */
  String write(
      String title, String homeUrl, String selfUrl, List<FeedEntry> entries, Instant emptyUpdated) {
    return FeedXml.document("Atom", xml -> {
      xml.writeStartElement("", "feed", ATOM);
      xml.writeDefaultNamespace(ATOM);
      xml.writeAttribute("xml", XML_NS, "lang", "en");
      element(xml, "id", homeUrl);
      element(xml, "title", title);
      element(xml, "updated", time(newest(entries, emptyUpdated)));
      link(xml, "self", "application/atom+xml", selfUrl);
      link(xml, "alternate", "text/html", homeUrl);
      author(xml, title);
      element(xml, "generator", "Newsbridge");
      for (FeedEntry entry : entries) {
        entry(xml, entry);
      }
      xml.writeEndElement();
    });
  }

  private void entry(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
    xml.writeStartElement("entry");
    xml.writeAttribute("xml", XML_NS, "lang", entry.language());
    element(xml, "id", entry.url());
    textElement(xml, "title", entry.title());
    element(xml, "updated", time(entry.updated()));
    if (entry.published() != null) {
      element(xml, "published", time(entry.published().toInstant()));
    }
    link(xml, "alternate", "text/html", entry.url());
    if (entry.originalUrl() != null) {
      link(xml, "related", "text/html", entry.originalUrl());
    }
    author(xml, entry.author());
    for (Tag tag : entry.tags()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", clean(tag.slug()));
      xml.writeAttribute("label", clean(tag.name()));
    }
    textElement(xml, "summary", entry.summary());
    textElement(xml, "content", entry.text());
    xml.writeEndElement();
  }

  private static Instant newest(List<FeedEntry> entries, Instant fallback) {
    return entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(fallback);
  }

  private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
    xml.writeStartElement("author");
    element(xml, "name", name);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", clean(href));
  }

  private static void textElement(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeAttribute("type", "text");
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  /** RFC 3339 in UTC, as RFC 4287 §3.3 asks. */
  private static String time(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
