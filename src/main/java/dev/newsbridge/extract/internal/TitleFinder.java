package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds the headline. An {@code <h1>} that agrees with the page's declared titles wins (a logo
 * {@code <h1>} made of a link, or one that is only the site name, does not); then the JSON-LD
 * {@code headline}; then {@code og:title} or {@code twitter:title}; then a lone {@code <h1>}; then
 * another heading or title-named element whose text begins the {@code <title>} (it shows where the
 * site name starts, even after a bare hyphen: "标题GPU-EDN 电子技术设计"); then, when the {@code
 * <title>} names only a section of the site, the heading over the article; then the {@code <title>}
 * with the site name ("Headline - Site", "标题_网站") cut off.
 */
public final class TitleFinder {
  /** Separators between a headline and the site or section name in a {@code <title>}. */
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[-|–—·•»:]\\s+|\\s*[_|｜]\\s*|(?<=\\p{IsHan})\\s*-\\s*(?=\\p{IsHan})|\\s*--\\s*");

  private static final String SEPARATOR_CHARS = "[\\s\\-_|–—·•»｜:：]*";

  private static final Pattern BREADCRUMB_STEP = Pattern.compile("[-–—>＞»›/|｜]\\s*$");

  private static final Pattern JOIN_AT_END = Pattern.compile("[\\s\\-_|–—·•»｜:：]$");

  /** Headlines longer than this many characters are not headlines: {@value}. */
  static final int MAX_TITLE_LENGTH = 300;

  private TitleFinder() {}

  /** The headline, with the element it came from when it is an {@code <h1>}. */
  public static Title find(Document doc, PageMeta meta) {
    return find(PageIndex.of(doc), meta);
  }

  /** As {@link #find(Document, PageMeta)}, from the elements {@code index} found. */
  public static Title find(PageIndex index, PageMeta meta) {
    Element titleTag = index.title();
    String docTitle = titleTag == null ? "" : Texts.normalize(titleTag.text());
    Optional<String> declared =
        meta.jsonLd("headline").or(() -> meta.tag("og:title", "twitter:title", "itemprop:headline"));
    List<String> siteNames = new ArrayList<>();
    meta.tag("og:site_name").ifPresent(siteNames::add);
    meta.tag("application-name").ifPresent(siteNames::add);
    List<Element> h1s = new ArrayList<>();
    for (Element h1 : index.h1s()) {
      String text = Texts.normalize(h1.text());
      if (!isHeadline(text)) {
        continue;
      }
      if (isSiteName(h1, text, docTitle)) {
        siteNames.add(text);
      } else if (agrees(text, docTitle, declared, siteNames)) {
        return new Title(text, h1);
      } else {
        h1s.add(h1);
      }
    }
    if (declared.isPresent()) {
      return new Title(withoutSiteName(declared.get(), siteNames), null);
    }
    if (h1s.size() == 1) {
      return new Title(Texts.normalize(h1s.get(0).text()), h1s.get(0));
    }
    if (docTitle.isEmpty()) {
      return new Title(null, null);
    }
    String fromTitle = withoutSiteName(docTitle, siteNames);
    return headingBeginningTheTitle(index.headings(), docTitle)
        .or(() -> headingUnderASectionTitle(index, fromTitle))
        .orElseGet(() -> new Title(fromTitle, null));
  }

  /** A {@code <title>} naming a section is at most this many characters long: {@value}. */
  static final int MAX_SECTION_NAME_LENGTH = 6;

  /** A heading that stands for the article is at least this many characters long: {@value}. */
  static final int MIN_HEADING_LENGTH = 8;

  /**
   * Some sites title every article page with its section ("新闻动态--学会官网") and print the headline
   * in a plain heading. The {@code <title>} names a section when it is short and a breadcrumb ends
   * with it or a link on the page (the menu) carries the same words; the headline is then the first long enough heading that is
   * no link and does not repeat the section's name (breadcrumbs do: "首页 - 新闻动态").
   */
  private static Optional<Title> headingUnderASectionTitle(PageIndex index, String fromTitle) {
    if (fromTitle.length() > MAX_SECTION_NAME_LENGTH
        || !(endsABreadcrumb(index, fromTitle) || isLinkText(index, fromTitle))) {
      return Optional.empty();
    }
    for (Element e : index.headings()) {
      String text = Texts.normalize(e.text());
      if (text.length() >= MIN_HEADING_LENGTH && isHeadline(text) && !text.contains(fromTitle)
          && firstLink(e) == null) {
        return Optional.of(new Title(text, e));
      }
    }
    return Optional.empty();
  }

  /** Where sites print "you are here" trails, besides headings. */
  private static final String BREADCRUMB_BOXES =
      "[class*=crumb],[id*=crumb],[class*=location],[id*=location],[class*=position],[id*=position]";

  /**
   * A heading or trail reading "首页 - 新闻动态" or "当前位置：首页 > 新闻动态": the page sits in that
   * section. Selects over the whole page; only pages with a section-length title get here.
   */
  private static boolean endsABreadcrumb(PageIndex index, String section) {
    List<Element> trails = new ArrayList<>(index.headings());
    trails.addAll(index.document().select(BREADCRUMB_BOXES));
    for (Element e : trails) {
      String text = Texts.normalize(e.text());
      if (text.length() > section.length() && text.endsWith(section)
          && BREADCRUMB_STEP.matcher(text.substring(0, text.length() - section.length())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Walks the page's anchors; only pages with a section-length title get here. */
  private static boolean isLinkText(PageIndex index, String text) {
    for (Element link : index.document().getElementsByTag("a")) {
      if (Texts.normalize(link.text()).equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Candidates looked at for {@link #headingBeginningTheTitle} ({@code h2, h3, h4, h5, h6,
   * [class*=title], [id*=title]} in document order, as {@link PageIndex#headings()} gathers them),
   * at most: {@value}.
   */
  static final int MAX_HEADING_CANDIDATES = 200;

  private static Optional<Title> headingBeginningTheTitle(List<Element> headings, String docTitle) {
    for (Element e : headings) {
      String text = Texts.normalize(e.text());
      if (text.length() >= 4 && text.length() < docTitle.length() && docTitle.startsWith(text)
          && text.length() * 2 >= docTitle.length()) {
        return Optional.of(new Title(text, e));
      }
    }
    return Optional.empty();
  }

  private static boolean isHeadline(String text) {
    return text.length() >= 2 && text.length() <= MAX_TITLE_LENGTH;
  }

  /**
   * A logo: a heading that is all link, or a short piece at the end of the title ("Headline_Site"
   * puts the site last; a short piece at the start is a short headline).
   */
  private static boolean isSiteName(Element h1, String text, String docTitle) {
    Element link = firstLink(h1);
    if (link != null && Texts.normalize(link.text()).equals(text)) {
      return true;
    }
    return docTitle.endsWith(text)
        && !docTitle.startsWith(text)
        && text.length() * 2 < docTitle.length()
        && separatedFromTheRest(text, docTitle);
  }

  /** The first {@code a[href]} in {@code h1}'s subtree, itself included, or null. */
  private static Element firstLink(Element h1) {
    Element[] found = new Element[1];
    TreeWalk.walk(h1, new TreeWalk.Visitor() {
      @Override
      public boolean head(Node node, int depth) {
        if (found[0] == null && node instanceof Element e && "a".equals(e.normalName())
            && e.hasAttr("href")) {
          found[0] = e;
        }
        return found[0] == null;
      }

      @Override
      public void tail(Node node, int depth) {}
    });
    return found[0];
  }

  /**
   * A site name stands apart from the headline ("标题_网站", "标题 网站"); text glued to the heading without a
   * separator is not a headline plus a site name (a hostile {@code <title>} can put anything
   * before the real headline).
   */
  private static boolean separatedFromTheRest(String text, String docTitle) {
    String rest = docTitle.substring(0, docTitle.length() - text.length());
    return JOIN_AT_END.matcher(rest).find();
  }

  private static boolean agrees(
      String h1, String docTitle, Optional<String> declared, List<String> siteNames) {
    String headline = withoutSiteName(docTitle, siteNames);
    return declared.map(d -> d.contains(h1) || h1.contains(d)).orElse(false)
        || h1.equals(headline)
        || (!headline.isEmpty() && (h1.contains(headline) || headline.contains(h1))
            && h1.length() * 2 >= headline.length());
  }

  /**
   * Cuts " - Site", "_Site", "| Site" off {@code title}. Without a known site name the first part
   * is the headline ("标题_频道_网站"), unless it is under half as long as the longest part ("Home |
   * A Long Headline").
   */
  static String withoutSiteName(String title, List<String> siteNames) {
    for (String site : siteNames) {
      if (title.length() > site.length() + 1 && title.endsWith(site)) {
        return title.substring(0, title.length() - site.length())
            .replaceAll(SEPARATOR_CHARS + "$", "").strip();
      }
      if (title.length() > site.length() + 1 && title.startsWith(site)) {
        return title.substring(site.length()).replaceAll("^" + SEPARATOR_CHARS, "").strip();
      }
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
    boolean firstWillDo = Texts.weightedLength(parts[0]) * 2 >= Texts.weightedLength(longest);
    return (firstWillDo ? parts[0] : longest).strip();
  }

  /**
   * A headline and where it stands.
   *
   * @param text the headline, or null when the page has none
   * @param element the {@code <h1>} it came from, or null
   */
  public record Title(String text, Element element) {}
}
