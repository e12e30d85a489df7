package dev.newsbridge.web.internal;

/**
 * What every page's frame needs: the site name, the stylesheet address (fingerprinted, so it can be
 * cached for long) and the current search text for the header's search box ("" when none).
 */
public record Chrome(String siteName, String stylesheet, String icon, String query) {
  public Chrome withQuery(String text) {
    return new Chrome(siteName, stylesheet, icon, text == null ? "" : text);
  }

  /** The {@code <title>}: the page's own title, a dash, the site name; the site name alone. */
  public String documentTitle(String pageTitle) {
    return pageTitle == null || pageTitle.isBlank() ? siteName : pageTitle + " — " + siteName;
  }
}
