package dev.newsbridge.source.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a link on a section front page points at an article: same site, a path shaped
 * like an article (an id of {@value #MIN_ID_DIGITS}+ digits, a date, or a {@code .html} page below
 * the root) and an anchor text long enough to be a headline. Navigation (tags, categories, authors,
 * paging, login, search) is not an article.
 */
public final class ArticleLinkRules {

  /** Digits in a row that read as an article id: {@value}. */
  static final int MIN_ID_DIGITS = 5;

  /** Shortest headline in letters or digits for Latin text: {@value}. */
  static final int MIN_LATIN_HEADLINE = 15;

  /** Shortest headline in CJK characters: {@value}. */
  static final int MIN_CJK_HEADLINE = 6;

  private static final Pattern ARTICLE_PATH =
      Pattern.compile(
          ".*(\\d{"
              + MIN_ID_DIGITS
              + ",}|/\\d{4}/\\d{1,2}/|/\\d{4}-\\d{2}-\\d{2}/).*"
              + "|/.+/.+\\.s?html?$");
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");
  private static final Set<String> NAVIGATION =
      Set.of(
          "tag",
          "tags",
          "category",
          "categories",
          "author",
          "authors",
          "page",
          "login",
          "search",
          "about",
          "contact",
          "topics",
          "section",
          "sections",
          "user",
          "video");

  private ArticleLinkRules() {}

  public static boolean isArticle(URI listing, URI link, String anchorText) {
    return sameSite(listing, link)
        && !samePage(listing, link)
        && ARTICLE_PATH.matcher(path(link)).matches()
        && !isNavigation(path(link))
        && looksLikeHeadline(anchorText);
  }

  /**
   * Same host, or both under one registrable domain ({@code news.x.com.cn}, {@code www.x.com.cn}).
   */
  static boolean sameSite(URI a, URI b) {
    return registrableDomain(a.getHost()).equals(registrableDomain(b.getHost()));
  }

  static String registrableDomain(String host) {
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return String.join(".", labels);
    }
    // "x.com.cn", "x.co.uk": a short second-level label under a country code takes three labels.
    boolean secondLevelSuffix = labels[n - 1].length() == 2 && labels[n - 2].length() <= 3;
    int keep = secondLevelSuffix ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, Math.max(0, n - keep), n));
  }

  private static boolean samePage(URI a, URI b) {
    return path(a).equals(path(b)) && a.getHost().equalsIgnoreCase(b.getHost());
  }

  private static boolean isNavigation(String path) {
    for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
      if (NAVIGATION.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeHeadline(String text) {
    String t = text == null ? "" : text.strip();
    long cjk = CJK.matcher(t).results().count();
    return cjk >= MIN_CJK_HEADLINE
        || t.replaceAll("[^\\p{L}\\p{N}]", "").length() >= MIN_LATIN_HEADLINE;
  }

  private static String path(URI uri) {
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }
}
