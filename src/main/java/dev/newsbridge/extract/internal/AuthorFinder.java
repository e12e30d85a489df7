package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the reporters and the credited outlet, each from the most explicit evidence first. Author:
 * JSON-LD {@code author}, then bylines near the headline and at the ends of the body ({@link
 * MetadataWindow}), then meta tags (not when they name the site or an editor), then elements whose
 * class or id names an author. Outlet: a {@code 来源：} credit, then the outlet in a byline
 * ({@code 澎湃新闻记者 X}), then JSON-LD {@code publisher}, then meta tags such as {@code
 * og:site_name}.
 *
 * <p>The Chinese word rules here read a {@link ChineseScripts#simplified Simplified view} of the
 * credit; what is returned is the credit as the page prints it.
 */
public final class AuthorFinder {
  private static final Pattern BYLINE_TAIL =
      Pattern.compile(
          "\\s+[|｜/·•]\\s+|\\s+for\\s+|,\\s+(?i:staff|senior|special|contributing)\\b"
              + "|,\\s+[^,]*(?i:writer|reporter|correspondent|editor|contributor|columnist)\\b");
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?i)(by|written by|作者|记者|文)\\s*[：:／/]?\\s*");

  private static final Pattern OUTLET_SUFFIX =
      Pattern.compile("(网|报|社|台|刊|站|部|局|院|会|厅|办|委|处|所|中心|公司|集团|新闻|在线|频道)$");
  /** The issuer that signs a notice: a government or party body, 4 to 24 Han characters. */
  private static final Pattern ISSUER =
      Pattern.compile("\\p{IsHan}{2,20}(人民政府|政府办公厅|政府办公室|委员会|办公厅|办公室|人民法院|人民检察院|局|厅|委)");

  private static final Pattern SITE_NAME_ENDING =
      Pattern.compile(".*(网|报|社|台|出版社|杂志|新闻|日报|晚报|时报|Publishers?|Inc\\.?|Ltd\\.?)$");
  private static final Pattern CREDIT_LABEL = Pattern.compile("^(责任编辑|编辑|责编|来源)\\s*[：:].*");
  private static final Pattern THREE_DIGITS = Pattern.compile(".*\\d{3,}.*");
  private static final Pattern FIELD_GAP = Pattern.compile("[\\s\u3000]+");

  private final PageMeta meta;
  private final MetadataWindow lines;
  private final NamedElements named;
  private final Optional<String> platformAccount;
  private Optional<BylineParser.Byline> bylineInLines;

  public AuthorFinder(PageMeta meta, MetadataWindow lines, Element root) {
    this(meta, lines, new NamedElements(root), Optional.empty());
  }

  /**
   * As the other constructor, sharing the page's {@link NamedElements} with the time finder, with
   * the account that posted the page when it is on a publishing platform ({@link
   * PublishingPlatforms#accountThatPosted}).
   */
  public AuthorFinder(PageMeta meta, MetadataWindow lines, NamedElements named,
      Optional<String> platformAccount) {
    this.meta = meta;
    this.lines = lines;
    this.named = named;
    this.platformAccount = platformAccount;
  }

  /** The reporters, or null. */
  public String author() {
    List<String> jsonLd = new ArrayList<>();
    for (String name : meta.jsonLdNames("author")) {
      String bare = bareName(name);
      if (plausibleName(bare) && !meta.jsonLdNames("publisher").contains(bare)) {
        jsonLd.add(bare);
      }
    }
    if (!jsonLd.isEmpty()) {
      return String.join(", ", jsonLd);
    }
    return bylineInLines()
        .map(BylineParser.Byline::joined)
        .or(this::authorFromMetaTags)
        .or(this::authorFromNamedElement)
        .or(this::personCreditedAsSource)
        .or(this::issuerSigningTheBody)
        .or(this::editorOnly)
        .orElse(null);
  }

  /**
   * The credited outlet, or null. A publishing platform's name ({@link PublishingPlatforms}) is
   * never it: on such a page the account that posted is.
   */
  public String outlet() {
    for (String line : lines.all()) {
      Optional<String> source = BylineParser.source(line);
      if (source.isPresent() && !isPerson(source.get())
          && !PublishingPlatforms.isPlatform(source.get())) {
        return source.get();
      }
    }
    Optional<String> fromByline = bylineInLines().map(BylineParser.Byline::outlet);
    if (fromByline.isPresent()) {
      return fromByline.get();
    }
    Optional<String> publisher = meta.jsonLdNames("publisher").stream().findFirst()
        .or(() -> meta.tag("source", "og:site_name", "application-name", "dc.publisher",
            "citation_publisher"))
        .filter(site -> !CreditPlaceholders.isPlaceholder(site));
    if (publisher.isPresent() && PublishingPlatforms.isPlatform(publisher.get())) {
      return platformAccount.orElse(null);
    }
    return publisher.orElse(null);
  }

  /** The first byline in the lines; both the author and the outlet ask, so it is kept. */
  private Optional<BylineParser.Byline> bylineInLines() {
    if (bylineInLines == null) {
      bylineInLines = findBylineInLines();
    }
    return bylineInLines;
  }

  private Optional<BylineParser.Byline> findBylineInLines() {
    for (String line : lines.all()) {
      Optional<BylineParser.Byline> byline =
          Texts.weightedLength(line) > MetadataLines.MAX_METADATA_LENGTH
              ? BylineParser.bracketedAtEnds(line)
              : BylineParser.parse(line);
      if (byline.isPresent()) {
        return byline;
      }
    }
    for (String line : lines.header()) {
      Optional<BylineParser.Byline> names = BylineParser.namesOnly(line);
      if (names.isPresent()) {
        return names;
      }
    }
    return Optional.empty();
  }

  private Optional<String> authorFromMetaTags() {
    return meta.tag("author", "article:author", "itemprop:author", "dc.creator", "byl",
            "sailthru.author", "parsely-author")
        .map(AuthorFinder::bareName)
        .filter(AuthorFinder::plausibleName)
        .filter(a -> !isSiteName(a));
  }

  private Optional<String> authorFromNamedElement() {
    for (Element e : named.authors()) {
      String text = Texts.normalize(e.text());
      Optional<BylineParser.Byline> byline = BylineParser.parse(text);
      if (byline.isPresent()) {
        return Optional.of(byline.get().joined());
      }
      String stripped = bareName(text);
      if (plausibleName(stripped)) {
        return Optional.of(stripped);
      }
    }
    return Optional.empty();
  }

  /** {@code 来源: 尹娟}: a source credit that names a person credits the writer, not an outlet. */
  private Optional<String> personCreditedAsSource() {
    return lines.all().stream()
        .map(BylineParser::source)
        .flatMap(Optional::stream)
        .filter(AuthorFinder::isPerson)
        .findFirst();
  }

  /** An official notice ends with its issuer on a line of its own: {@code 吉林省人民政府}. */
  private Optional<String> issuerSigningTheBody() {
    return lines.bodyEnd().stream()
        .map(String::strip)
        .filter(line -> ISSUER.matcher(ChineseScripts.simplified(line)).matches())
        .reduce((first, second) -> second);
  }

  private Optional<String> editorOnly() {
    return lines.all().stream().map(BylineParser::editor).flatMap(Optional::stream).findFirst();
  }

  /** A personal name, not an outlet such as 金羊网 whose first character is also a surname. */
  private static boolean isPerson(String credit) {
    return ChineseNames.looksLikeName(credit)
        && !OUTLET_SUFFIX.matcher(ChineseScripts.simplified(credit)).find();
  }

  /** "By Amy Doe | Example Media" becomes "Amy Doe". */
  private static String bareName(String byline) {
    // The label is read in the view and cut off the byline at the same index.
    Matcher label = LEADING_LABEL.matcher(ChineseScripts.simplified(byline));
    String name = (label.lookingAt() ? byline.substring(label.end()) : byline).strip();
    return BYLINE_TAIL.split(name, 2)[0].strip();
  }

  /** Many sites put their own name in {@code <meta name=author>}. */
  private boolean isSiteName(String name) {
    for (String site : meta.jsonLdNames("publisher")) {
      if (site.equals(name)) {
        return true;
      }
    }
    Optional<String> site = meta.tag("og:site_name", "application-name", "source", "publisher");
    if (site.isPresent() && (site.get().equals(name) || name.contains(site.get()))) {
      return true;
    }
    return SITE_NAME_ENDING.matcher(ChineseScripts.simplified(name)).matches()
        || name.contains(",");
  }

  private static boolean plausibleName(String name) {
    // "未知 责任编辑：某某": the author field's first word credits nobody; the rest is another field.
    return !CREDIT_LABEL.matcher(ChineseScripts.simplified(name)).matches()
        && !CreditPlaceholders.isPlaceholder(FIELD_GAP.split(name.strip(), 2)[0])
        && name.length() >= 2 && name.length() <= 40 && !name.contains("://") && !name.contains("@")
        && !THREE_DIGITS.matcher(name).matches();
  }
}
