package dev.newsbridge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses what the site serves the way a strict client would. */
final class FeedDocuments {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedDocuments() {}

  /** A namespace-aware DOM; a DOCTYPE is refused outright, as a careful feed reader does. */
  static Document xml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** Direct Atom children of {@code parent} named {@code name}. */
  static List<Element> children(Element parent, String name) {
    return children(parent, ATOM, name);
  }

  /** Direct children of {@code parent} in {@code namespace} (null: none) named {@code name}. */
  static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && Objects.equals(namespace, e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of the one child of {@code parent} in {@code namespace} named {@code name}. */
  static String text(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + ">, found " + found.size());
    }
    return found.get(0).getTextContent();
  }

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + ">, found " + found.size());
    }
    return found.get(0);
  }

  static String text(Element parent, String name) {
    return child(parent, name).getTextContent();
  }

  /** The {@code href} of the {@code <link rel=…>} child, or null. */
  static String link(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")))
        .map(l -> l.getAttribute("href"))
        .findFirst()
        .orElse(null);
  }
}
