package dev.newsbridge.web.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsbridge.enrich.Tag;
import dev.newsbridge.store.ArticleRef;
import dev.newsbridge.store.Neighbours;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The JSON API's shapes. Field names are the API; change them only additively. Dates are ISO-8601
 * with offset; {@code url} is the outlet's page and is null unless it is http(s).
 */
public final class ApiJson {
  private ApiJson() {}

  /** A page of results: {@code {"items": […], "total": N}}. */
  public record Listing<T>(List<T> items, long total) {}

  /** {@code {"error": "…"}}: what went wrong, in words safe to show. */
  public record Error(String error) {}

  public record TagJson(String name, String slug, String kind) {
    static TagJson of(Tag tag) {
      return new TagJson(tag.name(), tag.slug(), tag.kind().name().toLowerCase(Locale.ROOT));
    }
  }

  public record TranslationJson(String engine, String label) {}

  public record RefJson(long id, String title) {
    static RefJson of(ArticleRef ref) {
      return new RefJson(ref.id(), ref.title());
    }
  }

  public record SourceJson(long id, String name) {
    static SourceJson of(StoredArticle a) {
      return new SourceJson(a.sourceId(), a.sourceName());
    }
  }

  /**
   * An article's place in its story (issue #6): the story, the event within it, and the article it
   * copies ({@code null} for an original).
   */
  public record StoryPlaceJson(long id, long eventId, Long duplicateOf) {
    static StoryPlaceJson of(StoryMember m) {
      return new StoryPlaceJson(m.storyId(), m.eventId(), m.isCopy() ? m.duplicateOf() : null);
    }
  }

  /**
   * The fields every article shape opens with, written inline (unwrapped) in each: one mapping, so
   * that a listing and the article's own document always describe the article alike. {@code
   * outlet} and {@code author} are as credited; {@code outletEnglish} and {@code authorEnglish} the
   * English names the translation gives them (null when it gives none, or the same).
   */
  public record ArticleHead(
      long id,
      String url,
      String language,
      String originalTitle,
      String title,
      String outlet,
      String author,
      String outletEnglish,
      String authorEnglish,
      OffsetDateTime publishedAt) {
    static ArticleHead of(StoredArticle a) {
      String outlet = ArticleViews.outlet(a);
      return new ArticleHead(
          a.id(),
          Links.externalOrNull(a.original().url()),
          a.language(),
          a.original().title(),
          a.displayTitle(),
          outlet,
          a.original().author(),
          Names.english(outlet, a.translation()),
          Names.english(a.original().author(), a.translation()),
          a.original().publishedAt());
    }
  }

  /** An article in a listing: no body, a one-paragraph summary instead. */
  public record ArticleSummary(
      @JsonUnwrapped ArticleHead head,
      String summary,
      List<TagJson> tags,
      TranslationJson translation,
      SourceJson source) {}

  /** One article with both texts and its neighbours in the same source. */
  public record Article(
      @JsonUnwrapped ArticleHead head,
      List<String> body,
      List<String> originalBody,
      List<TagJson> tags,
      TranslationJson translation,
      RefJson previous,
      RefJson next,
      SourceJson source,
      StoryPlaceJson story) {}

  public static ArticleSummary summary(StoredArticle a) {
    List<String> body = a.displayBody();
    return new ArticleSummary(
        ArticleHead.of(a),
        body.isEmpty() ? "" : Texts.shorten(body.get(0), ArticleViews.SUMMARY_CHARS),
        tags(a),
        translation(a),
        SourceJson.of(a));
  }

  /** The article with its place in a story ({@code null}: none yet). */
  public static Article article(StoredArticle a, Neighbours neighbours, StoryMember place) {
    return new Article(
        ArticleHead.of(a),
        a.displayBody(),
        a.original().paragraphs(),
        tags(a),
        translation(a),
        neighbours.previous().map(RefJson::of).orElse(null),
        neighbours.next().map(RefJson::of).orElse(null),
        SourceJson.of(a),
        place == null ? null : StoryPlaceJson.of(place));
  }

  private static List<TagJson> tags(StoredArticle a) {
    return a.tags().stream().map(TagJson::of).toList();
  }

  private static TranslationJson translation(StoredArticle a) {
    return a.translation() == null
        ? null
        : new TranslationJson(a.translation().engine(), ArticleViews.note(a));
  }
}
