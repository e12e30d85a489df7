package dev.newsbridge.demo.internal;

import java.net.URI;
import java.util.List;

/** Renders one outlet's article page: the article body wrapped in that site's boilerplate. */
interface PageTemplate {

  /** A link to another article, for "相关阅读". */
  record Link(String title, String path) {}

  /**
   * What a page shows.
   *
   * @param article the article
   * @param url its absolute URL (for canonical and og:url)
   * @param related other articles of the same outlet
   */
  record Page(ArticleText article, URI url, List<Link> related) {
    public Page {
      related = List.copyOf(related);
    }
  }

  /** The complete HTML document as text; the caller encodes it in the article's charset. */
  String render(Page page);
}
