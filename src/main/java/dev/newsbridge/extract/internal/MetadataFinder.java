package dev.newsbridge.extract.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the author, the credited outlet and the publication time, each from the most explicit
 * evidence first: structured metadata (JSON-LD, meta tags, {@code <time>}), then the byline and
 * source lines near the headline ({@link MetadataWindow}), then elements named for the field.
 */
public final class MetadataFinder {
  private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|byline|writer|reporter|zuozhe");
  private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|pub|publish|post-meta");
  private static final Pattern BYLINE_TAIL =
      Pattern.compile(
          "\\s+[|｜/·•]\\s+|\\s+for\\s+|,\\s+(?i:staff|senior|special|contributing)\\b"
              + "|,\\s+[^,]*(?i:writer|reporter|correspondent|editor|contributor|columnist)\\b");
  private static final Pattern LEADING_LABEL =
      Pattern.compile("^(?i)(by|written by|作者|记者|文)\\s*[：:／/]?\\s*");

  private final PageMeta meta;
  private final MetadataWindow lines;
  private final Element root;
  private final DateParser dates;

  public MetadataFinder(PageMeta meta, MetadataWindow lines, Element root, DateParser dates) {
    this.meta = meta;
    this.lines = lines;
    this.root = root;
    this.dates = dates;
  }

  /** The reporters, or null. */
  public String author() {
    List<String> jsonLd = new java.util.ArrayList<>(
        meta.jsonLdNames("author").stream().map(MetadataFinder::bareName).filter(MetadataFinder::plausibleName).toList());
    jsonLd.removeAll(meta.jsonLdNames("publisher"));
    if (!jsonLd.isEmpty()) {
      return String.join(", ", jsonLd);
    }
    return bylineInLines()
        .map(BylineParser.Byline::joined)
        .or(this::authorFromMetaTags)
        .or(this::authorFromNamedElement)
        .orElse(null);
  }

  /** The credited outlet, or null. */
  public String outlet() {
    for (String line : lines.all()) {
      Optional<String> source = BylineParser.source(line);
      if (source.isPresent()) {
        return source.get();
      }
    }
    Optional<String> fromByline = bylineInLines().map(BylineParser.Byline::outlet);
    if (fromByline.isPresent()) {
      return fromByline.get();
    }
    List<String> publisher = meta.jsonLdNames("publisher");
    if (!publisher.isEmpty()) {
      return publisher.get(0);
    }
    return meta.tag("source", "og:site_name", "application-name", "dc.publisher", "citation_publisher")
        .orElse(null);
  }

  /** The publication time, or null. */
  public OffsetDateTime publishedAt() {
    Optional<OffsetDateTime> declared =
        meta.jsonLd("datePublished")
            .or(
                () ->
                    meta.tag("article:published_time", "og:article:published_time",
                        "itemprop:datepublished", "pubdate", "publishdate", "publish_date",
                        "publishtime", "publish-date", "article.published", "dc.date.issued",
                        "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
                        "og:release_date", "date"))
            .flatMap(dates::parse)
            .or(this::dateFromTimeElement);
    if (declared.isPresent()) {
      return withTimeOfDayFromLines(declared.get());
    }
    return dateInLines().or(this::dateFromNamedElement).orElse(null);
  }

  /** A declared date without a time of day takes the time a line prints for the same day. */
  private OffsetDateTime withTimeOfDayFromLines(OffsetDateTime declared) {
    if (!declared.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return declared;
    }
    return dateInLines()
        .filter(line -> line.toLocalDate().equals(declared.toLocalDate()))
        .orElse(declared);
  }

  private Optional<BylineParser.Byline> bylineInLines() {
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
        .map(MetadataFinder::bareName)
        .filter(MetadataFinder::plausibleName)
        .filter(a -> !isSiteName(a));
  }

  private Optional<String> authorFromNamedElement() {
    for (Element e : root.getAllElements()) {
      String names = e.className() + " " + e.id();
      if (names.isBlank() || !AUTHOR_CLASS.matcher(names).find()) {
        continue;
      }
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

  /** "By Amy Doe | Example Media" becomes "Amy Doe". */
  private static String bareName(String byline) {
    String name = LEADING_LABEL.matcher(byline).replaceFirst("").strip();
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
    return name.matches(".*(网|报|社|台|出版社|杂志|新闻|日报|晚报|时报|Publishers?|Inc\\.?|Ltd\\.?)$")
        || name.contains(",");
  }

  private static boolean plausibleName(String name) {
    return !name.matches("^(责任编辑|编辑|责编|来源)\\s*[：:].*")
        && name.length() >= 2 && name.length() <= 40 && !name.contains("://") && !name.contains("@")
        && !name.matches(".*\\d{3,}.*");
  }

  private Optional<OffsetDateTime> dateFromTimeElement() {
    for (Element time : root.select("time[datetime], [pubdate]")) {
      Optional<OffsetDateTime> parsed =
          dates.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("pubdate"))
              .or(() -> dates.parse(time.text()));
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> dateInLines() {
    for (String line : lines.all()) {
      if (Texts.weightedLength(line) <= MetadataLines.MAX_METADATA_LENGTH * 2) {
        Optional<OffsetDateTime> parsed = dates.parse(line);
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> dateFromNamedElement() {
    for (Element e : root.getAllElements()) {
      String names = e.className() + " " + e.id();
      if (!names.isBlank() && DATE_CLASS.matcher(names).find()) {
        String text = e.ownText().isBlank() ? e.text() : e.ownText();
        if (text.length() <= 200) {
          Optional<OffsetDateTime> parsed = dates.parse(text);
          if (parsed.isPresent()) {
            return parsed;
          }
        }
      }
    }
    return Optional.empty();
  }
}
