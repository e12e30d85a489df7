package dev.newsbridge.web.internal;

import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.web.SiteSettings;
import java.net.URI;
import java.util.function.Supplier;

/**
 * What every route needs, made once per site: the store and index, the settings, the public base
 * URL (no trailing slash), the templates and the frame of every page.
 */
public record Site(
    ArticleStore store,
    SearchIndex index,
    SiteSettings settings,
    Supplier<URI> baseUrl,
    Templates templates,
    Chrome chrome) {

  /** The absolute public URL of a site path such as {@code /articles/7}. */
  public String absolute(String path) {
    return baseUrl.get().toString() + path;
  }
}
