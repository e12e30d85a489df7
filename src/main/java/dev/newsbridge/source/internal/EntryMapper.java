package dev.newsbridge.source.internal;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newsbridge.source.FeedEntry;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One Rome entry to a {@link FeedEntry}: the article link (the entry's link, else its first
 * alternate link, else a URL-shaped guid), resolved and http(s) only; title and author as plain
 * text; the published date, else the updated date. An entry without a usable link is skipped: it
 * names no article to fetch.
 */
public final class EntryMapper {
  private EntryMapper() {}

  public static Optional<FeedEntry> map(SyndEntry entry, URI feedUrl) {
    return linkCandidates(entry)
        .map(link -> HttpLinks.resolve(feedUrl, link))
        .flatMap(Optional::stream)
        .findFirst()
        .map(
            link ->
                new FeedEntry(link, PlainText.of(entry.getTitle()), author(entry), date(entry)));
  }

  private static Stream<String> linkCandidates(SyndEntry entry) {
    Stream<String> alternates =
        entry.getLinks().stream()
            .filter(l -> l.getRel() == null || "alternate".equals(l.getRel()))
            .map(SyndLink::getHref);
    return Stream.of(Stream.of(entry.getLink()), alternates, Stream.of(entry.getUri()))
        .flatMap(s -> s);
  }

  private static String author(SyndEntry entry) {
    String author = PlainText.of(entry.getAuthor());
    if (author != null || entry.getAuthors().isEmpty()) {
      return author;
    }
    SyndPerson first = entry.getAuthors().get(0);
    return PlainText.of(first.getName());
  }

  private static Instant date(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }
}
