package dev.newsbridge.source;

import dev.newsbridge.language.LanguageTags;
import dev.newsbridge.source.internal.HttpLinks;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * OPML 2.0 subscription lists, in and out. Reading is streaming (StAX) and bounded: a DOCTYPE is
 * refused before anything else is read (no XXE, no billion laughs), nesting deeper than {@value
 * #MAX_DEPTH} and more than {@value #MAX_OUTLINES} outlines are refused with a clear error
 * (CommaFeed GHSA-83jp-rww3-57rr). A bad outline (no URL, not http(s), a language that is no BCP 47
 * tag) is reported and skipped; the rest are still read (CommaFeed {@code OPMLImporter}).
 */
public final class Opml {

  /** Deepest element nesting accepted: {@value} (real lists nest folders 2-3 deep). */
  public static final int MAX_DEPTH = 50;

  /** Most outlines accepted in one document: {@value}. */
  public static final int MAX_OUTLINES = 10_000;

  /**
   * One subscription read from an outline.
   *
   * @param title the outline's {@code title}, else its {@code text}, else null
   * @param url the {@code xmlUrl}, http(s) only
   * @param language the {@code language} attribute (ours; not standard OPML) as a canonical BCP 47
   *     tag (a Java locale name such as zh_TW read as zh-TW), or null
   * @param kind the {@code kind} attribute (ours), else {@link SourceKind#FEED}
   */
  public record Outline(String title, URI url, String language, SourceKind kind) {}

  /** What a document held: the good outlines, and one message per skipped outline. */
  public record Subscriptions(List<Outline> outlines, List<String> skipped) {
    public Subscriptions {
      outlines = List.copyOf(outlines);
      skipped = List.copyOf(skipped);
    }
  }

  private Opml() {}

  /**
   * Reads an OPML document.
   *
   * @throws FeedException when the document as a whole is refused (DOCTYPE, too deep, too many
   *     outlines, not XML)
   */
  public static Subscriptions read(byte[] document) throws FeedException {
    List<Outline> outlines = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = inputFactory().createXMLStreamReader(new ByteArrayInputStream(document));
      int depth = 0;
      int count = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new FeedException("DOCTYPE not allowed in OPML (entity declarations are refused)");
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (++depth > MAX_DEPTH) {
          throw new FeedException("OPML nested deeper than " + MAX_DEPTH + " levels");
        }
        if ("outline".equals(xml.getLocalName())) {
          if (++count > MAX_OUTLINES) {
            throw new FeedException("OPML has more than " + MAX_OUTLINES + " outlines");
          }
          outline(xml, count, outlines, skipped);
        }
      }
    } catch (XMLStreamException e) {
      throw new FeedException("not a readable OPML document: " + e.getMessage(), e);
    } finally {
      close(xml);
    }
    return new Subscriptions(outlines, skipped);
  }

  private static void outline(
      XMLStreamReader xml, int position, List<Outline> outlines, List<String> skipped) {
    String xmlUrl = attribute(xml, "xmlUrl");
    String title = Optional.ofNullable(attribute(xml, "title")).orElse(attribute(xml, "text"));
    if (xmlUrl == null) {
      return; // a folder, not a subscription
    }
    Optional<URI> url = HttpLinks.resolve(null, xmlUrl);
    if (url.isEmpty()) {
      skipped.add("outline " + position + " (" + title + "): not an http(s) URL: " + xmlUrl);
      return;
    }
    String language = attribute(xml, "language");
    boolean declared = language != null && !language.isBlank();
    Optional<String> tag = declared
        ? LanguageTags.canonical(language).or(() -> LanguageTags.fromLocaleName(language))
        : Optional.empty();
    if (declared && tag.isEmpty()) {
      skipped.add("outline " + position + " (" + title + "): " + LanguageTags.notATag(language));
      return;
    }
    outlines.add(
        new Outline(
            title == null || title.isBlank() ? null : title.strip(),
            url.get(),
            tag.orElse(null),
            SourceKind.ofLabel(attribute(xml, "kind"))));
  }

  /** Writes the sources as an OPML 2.0 document, one outline each, in the order given. */
  public static String write(String title, List<Source> sources) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeStartElement("head");
      xml.writeStartElement("title");
      xml.writeCharacters(title);
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeStartElement("body");
      for (Source s : sources) {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("outline");
        xml.writeAttribute("type", s.kind() == SourceKind.FEED ? "rss" : s.kind().label());
        xml.writeAttribute("text", s.name());
        xml.writeAttribute("title", s.name());
        xml.writeAttribute("xmlUrl", s.url().toString());
        xml.writeAttribute("kind", s.kind().label());
        if (s.language() != null) {
          xml.writeAttribute("language", s.language());
        }
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing OPML to memory cannot fail", e);
    }
    return out + "\n";
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (name.equalsIgnoreCase(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private static void close(XMLStreamReader xml) {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException ignored) {
      // Reading is over; nothing to release that matters.
    }
  }
}
