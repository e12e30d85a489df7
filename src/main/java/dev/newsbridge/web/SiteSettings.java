package dev.newsbridge.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How the public site presents itself. Use {@link #defaults()} and the {@code with…} methods.
 *
 * @param siteName shown in the header and in every {@code <title>} after the page's own title;
 *     default {@value #DEFAULT_SITE_NAME}
 * @param baseUrl the public address written into feeds and absolute links (http or https, no
 *     query); null (the default) means the address the site listens on, which suits a desk that is
 *     read on the same machine. Set it when a proxy puts the site behind another name: the Host
 *     header of a request is never trusted for this. Pages link with root-relative paths, so the
 *     site must be served at the root of that address, not under a path prefix.
 * @param pageSize articles per HTML page; default {@value #DEFAULT_PAGE_SIZE}, at most {@value
 *     #MAX_PAGE_SIZE}
 * @param feedSize newest articles in each feed (Atom, JSON Feed); default {@value
 *     #DEFAULT_FEED_SIZE}, at most {@value #MAX_FEED_SIZE}
 */
public record SiteSettings(String siteName, URI baseUrl, int pageSize, int feedSize) {
  public static final String DEFAULT_SITE_NAME = "Newsbridge";
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_FEED_SIZE = 50;
  public static final int MAX_FEED_SIZE = 500;

  public SiteSettings {
    Objects.requireNonNull(siteName, "siteName");
    if (siteName.isBlank()) {
      throw new IllegalArgumentException("siteName must not be blank");
    }
    baseUrl = baseUrl == null ? null : checkedBaseUrl(baseUrl);
    requireRange("pageSize", pageSize, MAX_PAGE_SIZE);
    requireRange("feedSize", feedSize, MAX_FEED_SIZE);
  }

  /** "Newsbridge", the listening address as base URL, 20 per page, 50 per feed. */
  public static SiteSettings defaults() {
    return new SiteSettings(DEFAULT_SITE_NAME, null, DEFAULT_PAGE_SIZE, DEFAULT_FEED_SIZE);
  }

  public SiteSettings withSiteName(String name) {
    return new SiteSettings(name, baseUrl, pageSize, feedSize);
  }

  public SiteSettings withBaseUrl(URI url) {
    return new SiteSettings(siteName, url, pageSize, feedSize);
  }

  public SiteSettings withPageSize(int size) {
    return new SiteSettings(siteName, baseUrl, size, feedSize);
  }

  public SiteSettings withFeedSize(int size) {
    return new SiteSettings(siteName, baseUrl, pageSize, size);
  }

  private static URI checkedBaseUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + url);
    }
    String text = url.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  private static void requireRange(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(name + " must be 1.." + max + ", was " + value);
    }
  }
}
