package dev.newsbridge.extract.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it. The English patterns follow Mozilla
 * Readability ({@code REGEXPS} in Readability.js); the pinyin ones (pinglun, xiangguan, tuijian,
 * fenxiang, banquan, ...) are their Chinese-site counterparts.
 */
public final class ClassWeights {
  /** Added to or taken from a candidate's score per matching class or id: {@value}. */
  public static final int WEIGHT = 25;

  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer"
              + "|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
              + "|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
              + "|share|sharing|navbar|topbar|toolbar|cookie|newsletter|subscribe|signup|login"
              + "|pinglun|xiangguan|tuijian|fenxiang|banquan|daohang|guanggao|paihang|xgxw"
              + "|recommend|hotnews|copyright");
  private static final Pattern MAYBE =
      Pattern.compile("and|article|body|column|content|main|mathjax|shadow|text|story|detail");
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|(^|[\\s_-])body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
              + "|detail|artibody|trs_editor|zhengwen|news_txt|con_txt|left_zw|^zw$|cont$");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
              + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
              + "|skyscraper|sponsor|shopping|tags|widget|recommend|copyright|pinglun|xiangguan"
              + "|tuijian|fenxiang|banquan|guanggao|byline|author|dateline|caption|footnote");
  private static final Pattern AD_TOKEN = Pattern.compile("(^|[\\s_-])(ad|ads|advert|gg)($|[\\s_-])");
  private static final Set<String> UNLIKELY_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
  private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
          "banner", "contentinfo", "search");

  private ClassWeights() {}

  /** True for navigation, sidebars, comments, share bars, ads and the like. */
  public static boolean isUnlikely(Element e) {
    String tag = e.normalName();
    if (NEVER_UNLIKELY.contains(tag)) {
      return false;
    }
    if (UNLIKELY_TAGS.contains(tag) || UNLIKELY_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = classAndId(e);
    if (names.isEmpty()) {
      return false;
    }
    return (UNLIKELY.matcher(names).find() || AD_TOKEN.matcher(names).find())
        && !MAYBE.matcher(names).find();
  }

  /** +{@link #WEIGHT} per positive class or id, -{@link #WEIGHT} per negative one. */
  public static int weight(Element e) {
    int weight = 0;
    weight += weigh(e.className());
    weight += weigh(e.id());
    return weight;
  }

  private static int weigh(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int weight = 0;
    if (NEGATIVE.matcher(lower).find() || AD_TOKEN.matcher(lower).find()) {
      weight -= WEIGHT;
    }
    if (POSITIVE.matcher(lower).find()) {
      weight += WEIGHT;
    }
    return weight;
  }

  private static String classAndId(Element e) {
    return (e.className() + " " + e.id()).trim().toLowerCase(Locale.ROOT);
  }
}
