package dev.newsbridge.web.internal;

import dev.newsbridge.store.ArticleRef;

/** A link to another article, with its title. */
public record NavLink(String href, String title) {
  public static NavLink of(ArticleRef ref) {
    return new NavLink(Links.article(ref.id()), ArticleViews.titleOrPlaceholder(ref.title()));
  }
}
