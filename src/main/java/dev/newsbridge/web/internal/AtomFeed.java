package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which escapes every text and
 * attribute; characters XML 1.0 forbids (NUL, most C0 controls, lone surrogates) are dropped first
 * because no escape can carry them. Text is published as {@code type="text"}, never as HTML.
 */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** XML 1.0 §2.2 Char production, negated. */
  private static final Pattern NOT_XML_CHAR =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  /**
   * @param entries newest first
   * @param emptyUpdated the feed's {@code updated} when there are no entries
   */
  String write(
      String title, String homeUrl, String selfUrl, List<FeedEntry> entries, Instant emptyUpdated) {
    StringWriter out = new StringWriter();
    try {
      // A factory per feed: StAX does not promise that a shared factory is thread-safe.
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
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
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return out.toString();
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

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  /** RFC 3339 in UTC, as RFC 4287 §3.3 asks. */
  private static String time(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  static String clean(String text) {
    return text == null ? "" : NOT_XML_CHAR.matcher(text).replaceAll("");
  }
}
