package dev.newsbridge.source.internal;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;

/**
 * Rome's {@link WireFeedInput} with the XML defences on: DOCTYPE refused ({@code
 * allowDoctypes=false}, Rome's default since 1.5.1, set here explicitly), so no external entity
 * (XXE), no external DTD and no entity expansion (billion laughs); and an element depth limit,
 * without which 100 000 nested elements overflow the stack in Rome's tree walk. This is what {@code
 * SyndFeedInput} does, plus the depth limit it gives no way to set.
 *
 * <p>The depth limit is a property of the JDK's built-in parser; a different SAX parser on the
 * class path would reject it and every feed would fail loudly, not silently unprotected.
 */
public final class SafeFeedParser {

  /** Deepest element nesting accepted: {@value} (jsoup's HTML limit is 512 too). */
  public static final int MAX_ELEMENT_DEPTH = 512;

  private static final String JDK_MAX_ELEMENT_DEPTH =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

  private static final class DepthLimitedInput extends WireFeedInput {
    DepthLimitedInput() {
      super(false, java.util.Locale.US);
      setAllowDoctypes(false);
      setXmlHealerOn(true);
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
      SAXBuilder builder = super.createSAXBuilder();
      builder.setProperty(JDK_MAX_ELEMENT_DEPTH, String.valueOf(MAX_ELEMENT_DEPTH));
      return builder;
    }
  }

  private SafeFeedParser() {}

  /**
   * Parses RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 text.
   *
   * @throws com.rometools.rome.io.FeedException if the XML is malformed or refused
   * @throws IllegalArgumentException if the document is XML but no known feed type
   */
  public static SyndFeed parse(String xml) throws com.rometools.rome.io.FeedException {
    return new SyndFeedImpl(new DepthLimitedInput().build(new StringReader(xml)));
  }
}
