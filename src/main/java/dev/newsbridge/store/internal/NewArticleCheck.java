package dev.newsbridge.store.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.store.NewArticle;
import java.util.List;

/**
 * Contract check at the store's door: what a stored article must have. Missing optional fields
 * (author, outlet, publication time, translation) are fine; a missing URL or fetch time is a bug in
 * the caller, reported before any SQL runs.
 */
public final class NewArticleCheck {

  private NewArticleCheck() {}

  public static void validate(NewArticle article) {
    require(article != null, "article must not be null");
    require(article.original() != null, "article.original must not be null");
    require(article.original().url() != null, "article.original.url must not be null");
    require(article.language() != null, "article.language must not be null");
    require(article.fetchedAt() != null, "article.fetchedAt must not be null");
    validateTags(article.tags());
  }

  public static void validateTags(List<Tag> tags) {
    for (Tag tag : tags) {
      require(tag != null, "tags must not contain null");
      require(tag.slug() != null && !tag.slug().isBlank(), "tag slug must not be blank: " + tag);
      require(tag.name() != null && tag.kind() != null, "tag needs a name and a kind: " + tag);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
