package dev.newsbridge.web.internal;

/**
 * What every page's frame needs: the site name, the stylesheet address (fingerprinted, so it can be
 * cached for long), the current search text for the header's search box ("" when none) and the
 * page's own feeds, announced for feed readers' discovery (null on pages without one).
 */
public record Chrome(
    String siteName, String stylesheet, String icon, String query, PageFeeds pageFeeds) {

  /**
   * The feeds of one page (a tag, an outlet, a story), as {@code <link rel="alternate">}.
   *
   * @param rss null when the page has only an Atom feed
   * @param json null when the page has only an Atom feed
   */
  public record PageFeeds(String title, String atom, String rss, String json) {
    /** The three feeds a tag or source page has under {@code base} ({@code /tags/x/}). */
    static PageFeeds allUnder(String title, String base) {
      return new PageFeeds(title, base + "feed.atom", base + "feed.rss", base + "feed.json");
    }
  }

  public Chrome(String siteName, String stylesheet, String icon, String query) {
    this(siteName, stylesheet, icon, query, null);
  }

  public Chrome withQuery(String text) {
    return new Chrome(siteName, stylesheet, icon, text == null ? "" : text, pageFeeds);
  }

  public Chrome withPageFeeds(PageFeeds feeds) {
    return new Chrome(siteName, stylesheet, icon, query, feeds);
  }

  /** The {@code <title>}: the page's own title, a dash, the site name; the site name alone. */
  public String documentTitle(String pageTitle) {
    return pageTitle == null || pageTitle.isBlank() ? siteName : pageTitle + " — " + siteName;
  }
}
