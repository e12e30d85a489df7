package dev.newsbridge.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.source.internal.HttpLinks;
import dev.newsbridge.source.internal.PlainText;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) into a {@link Feed}: each item's {@code url} (else
 * {@code external_url}, else a URL-shaped {@code id}), {@code title}, {@code date_published} (else
 * {@code date_modified}) and author (1.1 {@code authors[0].name}, else 1.0 {@code author.name}).
 *
 * <p>Jackson reads under {@link StreamReadConstraints}: nesting at most {@value #MAX_DEPTH} levels,
 * strings at most {@value #MAX_STRING_CHARS} characters, numbers at most {@value #MAX_NUMBER_CHARS}
 * digits, and the whole document at most the body cap it was built with. Breaking any limit, or
 * malformed JSON, is a {@link FeedException} naming the limit. Links are http(s) only. Thread-safe.
 */
public final class JsonFeedReader implements SourceReader {

  /** Deepest nesting accepted: {@value} (Jackson's own default is 1000; a feed needs 4). */
  public static final int MAX_DEPTH = 64;

  /** Longest string accepted, in characters: {@value} (1 MiB; Jackson's default is 20 M). */
  public static final int MAX_STRING_CHARS = 1 << 20;

  /** Longest number accepted, in characters: {@value} (Jackson's default is 1000). */
  public static final int MAX_NUMBER_CHARS = 100;

  private final ObjectMapper mapper;
  private final long maxDocumentLength;

  /** A reader whose document limit is the default body cap. */
  public JsonFeedReader() {
    this(FetchPolicy.DEFAULT_MAX_BODY_BYTES);
  }

  /** A reader refusing documents longer than {@code maxDocumentLength} characters. */
  public JsonFeedReader(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxDocumentLength(maxDocumentLength)
            .build();
    this.mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(limits).build());
  }

  @Override
  public Feed read(FetchedResource resource) throws FeedException {
    Objects.requireNonNull(resource, "resource");
    return read(resource.body(), resource.contentType(), resource.finalUrl());
  }

  /** Reads a JSON Feed document; relative links resolve against {@code baseUrl}. */
  public Feed read(byte[] body, String contentType, URI baseUrl) throws FeedException {
    String json = TextDecoder.decode(body, contentType).text();
    if (json.length() > maxDocumentLength) {
      // Jackson checks maxDocumentLength only while it streams input, not on an in-memory String.
      throw new FeedException(
          "JSON Feed over a limit: Document length ("
              + json.length()
              + ") exceeds the maximum"
              + " allowed ("
              + maxDocumentLength
              + ")"
              + where(baseUrl));
    }
    JsonNode root = parse(json, baseUrl);
    if (!root.isObject() || !root.path("version").asText("").contains("jsonfeed.org/version/")) {
      throw new FeedException("not a JSON Feed: no jsonfeed.org version" + where(baseUrl));
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      entry(item, baseUrl).ifPresent(entries::add);
    }
    return new Feed(PlainText.of(text(root, "title")), entries);
  }

  private JsonNode parse(String json, URI baseUrl) throws FeedException {
    try {
      return mapper.readTree(json);
    } catch (StreamConstraintsException e) {
      throw new FeedException("JSON Feed over a limit: " + e.getOriginalMessage() + where(baseUrl));
    } catch (IOException e) {
      throw new FeedException("malformed JSON" + where(baseUrl));
    }
  }

  private static Optional<FeedEntry> entry(JsonNode item, URI baseUrl) {
    Optional<URI> link =
        HttpLinks.resolve(baseUrl, text(item, "url"))
            .or(() -> HttpLinks.resolve(baseUrl, text(item, "external_url")))
            .or(() -> absoluteId(text(item, "id")));
    return link.map(
        url -> new FeedEntry(url, PlainText.of(text(item, "title")), author(item), date(item)));
  }

  private static Optional<URI> absoluteId(String id) {
    return id != null && id.startsWith("http") ? HttpLinks.resolve(null, id) : Optional.empty();
  }

  private static String author(JsonNode item) {
    String name = text(item.path("authors").path(0), "name");
    return PlainText.of(name != null ? name : text(item.path("author"), "name"));
  }

  private static Instant date(JsonNode item) {
    String text = text(item, "date_published");
    text = text != null ? text : text(item, "date_modified");
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null; // RFC 3339 is required; a bad date is a missing hint, not a bad feed
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static String where(URI baseUrl) {
    return baseUrl == null ? "" : " (" + baseUrl + ")";
  }
}
