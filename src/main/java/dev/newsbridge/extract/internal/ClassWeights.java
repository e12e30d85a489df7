package dev.newsbridge.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Attributes;
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

  /** Unlikely keywords, judged with {@link #NEGATIVE_TOKENS} by {@link ElementNames}. */
  static final List<String> UNLIKELY_WORDS =
      List.of("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
          "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
          "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
          "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote",
          "share", "sharing", "navbar", "topbar", "toolbar", "cookie", "newsletter", "subscribe",
          "signup", "login", "pinglun", "xiangguan", "tuijian", "fenxiang", "banquan", "daohang",
          "guanggao", "paihang", "xgxw", "recommend", "hotnews", "copyright");
  /** Keywords that may still be content, judged by {@link ElementNames}. */
  static final List<String> MAYBE_WORDS =
      List.of("and", "article", "body", "column", "content", "main", "mathjax", "shadow", "text",
          "story", "detail");
  /** Positive keywords, judged with {@link #POSITIVE_TOKENS} by {@link ElementNames}. */
  static final List<String> POSITIVE_WORDS =
      List.of("article", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
          "post", "text", "blog", "story", "detail", "artibody", "trs_editor", "zhengwen",
          "news_txt", "con_txt", "left_zw");
  static final List<String> POSITIVE_TOKENS = List.of("body", "zw", "cont");
  /** Negative keywords, judged with {@link #NEGATIVE_TOKENS} by {@link ElementNames}. */
  static final List<String> NEGATIVE_WORDS =
      List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
          "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
          "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
          "recommend", "copyright", "pinglun", "xiangguan", "tuijian", "fenxiang", "banquan",
          "guanggao", "byline", "author", "dateline", "caption", "footnote");
  static final List<String> NEGATIVE_TOKENS = List.of("hid", "ad", "ads", "advert", "gg");
  // Tags that are never unlikely (html, body, article, main, a) and tags that always are (nav,
  // aside, footer, header, menu) are a switch in isUnlikely.
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
          "banner", "contentinfo", "search");

  private ClassWeights() {}

  /** True for navigation, sidebars, comments, share bars, ads and the like. */
  public static boolean isUnlikely(Element e) {
    return isUnlikely(e, null);
  }

  /**
   * {@link #isUnlikely(Element)} for one page's walk, with the page's {@link ElementNames} (which
   * keep each class's verdict, and which the named-element finder reads too). Not thread-safe.
   */
  public static Predicate<Element> unlikelyForOnePage(ElementNames names) {
    return e -> isUnlikely(e, names);
  }

  /** As {@link #unlikelyForOnePage(ElementNames)}, with names of its own. */
  public static Predicate<Element> unlikelyForOnePage() {
    return unlikelyForOnePage(new ElementNames());
  }

  private static boolean isUnlikely(Element e, ElementNames names) {
    String tag = e.normalName();
    // One switch instead of two set look-ups: this runs for every element of every page.
    switch (tag) {
      case "html", "body", "article", "main", "a" -> {
        return false;
      }
      case "nav", "aside", "footer", "header", "menu" -> {
        return true;
      }
      default -> {}
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    // The parser lower-cases attribute names, so case-sensitive look-ups are enough.
    Attributes attributes = e.attributes();
    String role = attributes.get("role");
    if (!role.isEmpty() && UNLIKELY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String className = attributes.get("class").trim();
    String id = attributes.get("id");
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    // No keyword holds a space, and tokens split at spaces, so the class and the id can be judged
    // apart and the verdicts combined.
    int verdict = names == null
        ? ElementNames.judge(className) | ElementNames.judge(id)
        : names.verdict(className, id);
    return (verdict & (ElementNames.UNLIKELY | ElementNames.MAYBE)) == ElementNames.UNLIKELY;
  }

  /** +{@link #WEIGHT} per positive class or id, -{@link #WEIGHT} per negative one. */
  public static int weight(Element e) {
    return weigh(ElementNames.judge(e.className())) + weigh(ElementNames.judge(e.id()));
  }

  /** A name's weight from its verdict: it may be positive and negative at once. */
  private static int weigh(int verdict) {
    int weight = 0;
    if ((verdict & ElementNames.NEGATIVE) != 0) {
      weight -= WEIGHT;
    }
    if ((verdict & ElementNames.POSITIVE) != 0) {
      weight += WEIGHT;
    }
    return weight;
  }
}
