package dev.newsbridge.web.internal;

/**
 * Where a paged listing is and the links to its neighbouring pages (null when there is none). Pages
 * count from 1; page 1 has no {@code page} parameter so that it has one address.
 */
public record Pager(int page, int pageCount, String previousHref, String nextHref) {

  public static Pager of(String baseHref, int page, int pageSize, long total) {
    int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    String previous = page > 1 ? href(baseHref, page - 1) : null;
    String next = page < pageCount ? href(baseHref, page + 1) : null;
    return new Pager(page, pageCount, previous, next);
  }

  public boolean needed() {
    return previousHref != null || nextHref != null;
  }

  private static String href(String base, int page) {
    if (page == 1) {
      return base;
    }
    return base + (base.contains("?") ? "&" : "?") + "page=" + page;
  }
}
