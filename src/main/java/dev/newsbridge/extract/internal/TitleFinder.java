package dev.newsbridge.extract.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the headline. An {@code <h1>} that agrees with the page's declared titles wins (a logo
 * {@code <h1>} made of a link does not); then the JSON-LD {@code headline}; then {@code og:title}
 * or {@code twitter:title}; then a lone {@code <h1>}; then the {@code <title>} with the site name
 * ("Headline - Site", "标题_网站") cut off.
 */
public final class TitleFinder {
  /** Separators between a headline and the site or section name in a {@code <title>}. */
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[-|–—·•»]\\s+|\\s*[_|｜]\\s*|(?<=\\p{IsHan})\\s*-\\s*(?=\\p{IsHan})");

  /** Headlines longer than this many characters are not headlines: {@value}. */
  static final int MAX_TITLE_LENGTH = 300;

  private TitleFinder() {}

  /** The headline, with the element it came from when it is an {@code <h1>}. */
  public static Title find(Document doc, PageMeta meta) {
    String docTitle = Texts.normalize(doc.title());
    Optional<String> declared =
        meta.jsonLd("headline").or(() -> meta.tag("og:title", "twitter:title", "itemprop:headline"));
    String siteName = meta.tag("og:site_name").orElse("");
    Elements h1s = doc.select("h1");
    for (Element h1 : h1s) {
      String text = Texts.normalize(h1.text());
      if (isHeadline(text) && !isLinkOnly(h1) && agrees(text, docTitle, declared)) {
        return new Title(text, h1);
      }
    }
    if (declared.isPresent()) {
      return new Title(withoutSiteName(declared.get(), siteName), null);
    }
    Elements headlineH1s = h1s.stream().filter(h -> !isLinkOnly(h)).collect(Elements::new, Elements::add, Elements::addAll);
    if (headlineH1s.size() == 1 && isHeadline(Texts.normalize(headlineH1s.first().text()))) {
      return new Title(Texts.normalize(headlineH1s.first().text()), headlineH1s.first());
    }
    return docTitle.isEmpty() ? new Title(null, null) : new Title(withoutSiteName(docTitle, siteName), null);
  }

  private static boolean isHeadline(String text) {
    return text.length() >= 2 && text.length() <= MAX_TITLE_LENGTH;
  }

  private static boolean agrees(String h1, String docTitle, Optional<String> declared) {
    return contains(declared.orElse(""), h1) || contains(docTitle, h1);
  }

  /** True when {@code title} holds {@code h1} (or the reverse) and {@code h1} is not a fragment. */
  private static boolean contains(String title, String h1) {
    if (title.isEmpty()) {
      return false;
    }
    return (title.contains(h1) && h1.length() * 3 >= title.length()) || h1.contains(title);
  }

  private static boolean isLinkOnly(Element h1) {
    Element link = h1.selectFirst("a[href]");
    return link != null && link.text().strip().equals(h1.text().strip());
  }

  /** Cuts " - Site", "_Site", "| Site" off {@code title}; keeps the longest part otherwise. */
  static String withoutSiteName(String title, String siteName) {
    if (!siteName.isEmpty() && title.endsWith(siteName) && title.length() > siteName.length()) {
      String cut = title.substring(0, title.length() - siteName.length());
      return cut.replaceAll("[\\s\\-_|–—·•»｜:：]+$", "").strip();
    }
    String[] parts = SEPARATORS.split(title);
    if (parts.length < 2) {
      return title;
    }
    String longest = parts[0];
    for (String part : parts) {
      if (Texts.weightedLength(part) > Texts.weightedLength(longest)) {
        longest = part;
      }
    }
    return longest.strip();
  }

  /**
   * A headline and where it stands.
   *
   * @param text the headline, or null when the page has none
   * @param element the {@code <h1>} it came from, or null
   */
  public record Title(String text, Element element) {}
}
