package dev.newsbridge.web.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.newsbridge.enrich.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). Field names follow the spec
 * (snake_case); absent optional fields are left out rather than written as null.
 */
final class JsonFeed {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private JsonFeed() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Document(
      String version,
      String title,
      String homePageUrl,
      String feedUrl,
      String description,
      String language,
      List<Author> authors,
      List<Item> items) {}

  record Author(String name) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(
      String id,
      String url,
      String externalUrl,
      String title,
      String contentText,
      String summary,
      OffsetDateTime datePublished,
      OffsetDateTime dateModified,
      List<Author> authors,
      List<String> tags,
      String language) {}

  static Document document(
      String title, String description, String homeUrl, String feedUrl, List<FeedEntry> entries) {
    return new Document(
        VERSION,
        title,
        homeUrl,
        feedUrl,
        description,
        "en",
        List.of(new Author(title)),
        entries.stream().map(JsonFeed::item).toList());
  }

  private static Item item(FeedEntry e) {
    return new Item(
        e.url(),
        e.url(),
        e.originalUrl(),
        e.title(),
        e.text(),
        e.summary(),
        e.published(),
        e.updated().atOffset(ZoneOffset.UTC),
        List.of(new Author(e.author())),
        e.tags().stream().map(Tag::name).toList(),
        e.language());
  }
}
