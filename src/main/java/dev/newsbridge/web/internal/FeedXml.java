package dev.newsbridge.web.internal;

import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML feeds (Atom, RSS) share: a StAX writer, which escapes every text and attribute, and
 * the removal of characters XML 1.0 forbids (NUL, most C0 controls, lone surrogates), which no
 * escape can carry.
 */
final class FeedXml {
  /** XML 1.0 §2.2 Char production, negated. */
  private static final Pattern NOT_XML_CHAR =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  /** Writes one document's body. */
  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private FeedXml() {}

  /** A UTF-8 XML 1.0 document whose root and children {@code body} writes. */
  static String document(String what, Body body) {
    StringWriter out = new StringWriter();
    try {
      // A factory per feed: StAX does not promise that a shared factory is thread-safe.
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the " + what + " feed", e);
    }
    return out.toString();
  }

  /** {@code <name>text</name>} in the current default namespace. */
  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  /** {@code <prefix:name>text</prefix:name>}, the prefix bound on the root. */
  static void element(XMLStreamWriter xml, String prefix, String namespace, String name,
      String text) throws XMLStreamException {
    xml.writeStartElement(prefix, name, namespace);
    xml.writeCharacters(clean(text));
    xml.writeEndElement();
  }

  static String clean(String text) {
    return text == null ? "" : NOT_XML_CHAR.matcher(text).replaceAll("");
  }

  /**
   * Plain text made safe to be read as HTML, for the feed fields readers render as HTML (RSS
   * {@code description}, {@code content:encoded}): markup in an article shows as text, never runs.
   */
  static String escapeHtml(String text) {
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
