package dev.newsbridge.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it. The English keywords follow Mozilla
 * Readability ({@code REGEXPS} in Readability.js); the pinyin ones (pinglun, xiangguan, tuijian,
 * fenxiang, banquan, ...) are their Chinese-site counterparts. Keywords match anywhere in the
 * lower-cased class and id, except the short ones ("ad", "body", "zw"), which must be whole tokens.
 */
public final class ClassWeights {
  /** Added to or taken from a candidate's score per matching class or id: {@value}. */
  public static final int WEIGHT = 25;

  private static final List<String> UNLIKELY =
      List.of("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
          "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
          "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
          "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote",
          "share", "sharing", "navbar", "topbar", "toolbar", "cookie", "newsletter", "subscribe",
          "signup", "login", "pinglun", "xiangguan", "tuijian", "fenxiang", "banquan", "daohang",
          "guanggao", "paihang", "xgxw", "recommend", "hotnews", "copyright");
  private static final List<String> MAYBE =
      List.of("and", "article", "body", "column", "content", "main", "mathjax", "shadow", "text",
          "story", "detail");
  private static final List<String> POSITIVE =
      List.of("article", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
          "post", "text", "blog", "story", "detail", "artibody", "trs_editor", "zhengwen",
          "news_txt", "con_txt", "left_zw");
  private static final Set<String> POSITIVE_TOKENS = Set.of("body", "zw", "cont");
  private static final List<String> NEGATIVE =
      List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
          "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
          "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
          "recommend", "copyright", "pinglun", "xiangguan", "tuijian", "fenxiang", "banquan",
          "guanggao", "byline", "author", "dateline", "caption", "footnote");
  private static final Set<String> NEGATIVE_TOKENS = Set.of("hid", "ad", "ads", "advert", "gg");
  private static final Set<String> UNLIKELY_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
  private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
          "banner", "contentinfo", "search");

  private ClassWeights() {}

  /** True for navigation, sidebars, comments, share bars, ads and the like. */
  public static boolean isUnlikely(Element e) {
    return isUnlikely(e, null);
  }

  /**
   * {@link #isUnlikely(Element)} for one page's walk: the verdict on each class-and-id string is
   * kept, since a page repeats the same few names on hundreds of elements. Not thread-safe; use one
   * per walk (a shared one would grow with every site seen).
   */
  public static Predicate<Element> unlikelyForOnePage() {
    Map<String, Boolean> verdicts = new HashMap<>();
    return e -> isUnlikely(e, verdicts);
  }

  private static boolean isUnlikely(Element e, Map<String, Boolean> verdicts) {
    String tag = e.normalName();
    if (NEVER_UNLIKELY.contains(tag)) {
      return false;
    }
    if (UNLIKELY_TAGS.contains(tag)) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    if (verdicts == null) {
      return namesAreUnlikely(classAndId(className, id));
    }
    String key = id.isEmpty() ? className : className + " " + id;
    Boolean verdict = verdicts.get(key);
    if (verdict == null) {
      verdict = namesAreUnlikely(classAndId(className, id));
      verdicts.put(key, verdict);
    }
    return verdict;
  }

  private static boolean namesAreUnlikely(String names) {
    return (containsAny(names, UNLIKELY) || hasToken(names, NEGATIVE_TOKENS))
        && !containsAny(names, MAYBE);
  }

  /** +{@link #WEIGHT} per positive class or id, -{@link #WEIGHT} per negative one. */
  public static int weight(Element e) {
    return weigh(e.className()) + weigh(e.id());
  }

  private static int weigh(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int weight = 0;
    if (containsAny(lower, NEGATIVE) || hasToken(lower, NEGATIVE_TOKENS)) {
      weight -= WEIGHT;
    }
    if (containsAny(lower, POSITIVE) || hasToken(lower, POSITIVE_TOKENS)) {
      weight += WEIGHT;
    }
    return weight;
  }

  private static boolean containsAny(String names, List<String> keywords) {
    for (String keyword : keywords) {
      if (names.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  /** True when a whole token of {@code names} (split at spaces, "_" and "-") is in {@code tokens}. */
  private static boolean hasToken(String names, Set<String> tokens) {
    int start = 0;
    for (int i = 0; i <= names.length(); i++) {
      boolean end = i == names.length();
      char c = end ? ' ' : names.charAt(i);
      if (end || c == ' ' || c == '_' || c == '-') {
        if (i > start && tokens.contains(names.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static String classAndId(String className, String id) {
    return (className + " " + id).trim().toLowerCase(Locale.ROOT);
  }
}
