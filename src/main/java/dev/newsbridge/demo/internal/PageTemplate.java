package dev.newsbridge.demo.internal;

import java.net.URI;
import java.util.List;

/**
 * Renders one outlet's article page: the article body wrapped in that site's boilerplate.
 *
 * <p>Each outlet writes its whole page, even the parts shaped like another's (the comment list,
 * the related links): the outlets stand for unrelated sites whose different markup the extractor
 * must get through, and one may change without the other.
 */
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
