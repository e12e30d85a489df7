package dev.newsbridge.extract.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the publication time, from the most explicit evidence first: JSON-LD {@code datePublished}
 * and meta tags, then {@code <time datetime>}, then a time the page's scripts declare ({@link
 * ScriptTimes}: the one a relative stamp is rendered from), then the stamp printed near the
 * headline ({@link MetadataWindow}), then elements whose class or id names a date, then a date
 * opening the body ({@code 2019年2月27日下午，…}: the report's own dateline), and last the declared
 * modification time (a page that only states when it was updated was published no later). A
 * declared date without a time of day takes the time the page prints for that day.
 */
public final class TimeFinder {
  private static final Pattern OPENING_DATE =
      Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

  private final PageMeta meta;
  private final MetadataWindow lines;
  private final DateParser dates;
  private final Supplier<List<Element>> timeStamps;
  private final NamedElements named;

  public TimeFinder(PageMeta meta, MetadataWindow lines, Element root, DateParser dates) {
    this(meta, lines, dates, () -> root.select("time[datetime], [pubdate]"), new NamedElements(root));
  }

  /**
   * As the other constructor, with the page's {@code time[datetime], [pubdate]} elements inside
   * the root already found ({@link PageIndex#timeStamps}) and its {@link NamedElements} shared with
   * the author finder.
   */
  public TimeFinder(PageMeta meta, MetadataWindow lines, DateParser dates,
      Supplier<List<Element>> timeStamps, NamedElements named) {
    this.meta = meta;
    this.lines = lines;
    this.dates = dates;
    this.timeStamps = timeStamps;
    this.named = named;
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
            .or(this::dateFromTimeElement)
            .or(this::dateFromScript);
    if (declared.isPresent()) {
      return withTimeOfDayFromLines(declared.get());
    }
    return dateInLines()
        .or(this::dateFromNamedElement)
        .or(this::dateOpeningTheBody)
        .or(this::declaredModification)
        .orElse(null);
  }

  /** At most this many characters may precede a date that opens the body: {@value}. */
  static final int MAX_DATELINE_OFFSET = 2;

  private Optional<OffsetDateTime> dateOpeningTheBody() {
    for (String line : lines.bodyStart()) {
      Matcher m = OPENING_DATE.matcher(line);
      if (m.find() && m.start() <= MAX_DATELINE_OFFSET) {
        return dates.parse(m.group());
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> declaredModification() {
    return meta.jsonLd("dateModified")
        .or(() -> meta.tag("article:modified_time", "og:updated_time", "itemprop:datemodified",
            "datemodified", "dateupdate", "lastmodified", "last-modified"))
        .flatMap(dates::parse);
  }

  /** A declared date without a time of day takes the time a line prints for the same day. */
  private OffsetDateTime withTimeOfDayFromLines(OffsetDateTime declared) {
    if (!declared.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return declared;
    }
    return dateInLines()
        .filter(line -> line.toLocalDate().equals(declared.toLocalDate()))
        .orElse(declared);
  }

  private Optional<OffsetDateTime> dateFromScript() {
    return meta.scriptTime()
        .flatMap(t -> t.unixSeconds()
            ? dates.ofEpochSecond(Long.parseLong(t.value()))
            : dates.parse(t.value()));
  }

  private Optional<OffsetDateTime> dateFromTimeElement() {
    for (Element time : timeStamps.get()) {
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
    for (Element e : named.dates()) {
      String text = e.ownText().isBlank() ? e.text() : e.ownText();
      if (text.length() <= 200) {
        Optional<OffsetDateTime> parsed = dates.parse(text);
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    return Optional.empty();
  }
}
