package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Sites where accounts publish, which name themselves where an outlet would: a WeChat official
 * account's post says {@code og:site_name = 微信公众平台}. Credited as the outlet, the platform would
 * put every account's posts under one name; the account is the outlet.
 */
public final class PublishingPlatforms {
  /** Elements whose class or id names an account: {@code profile_nickname}, {@code account-name}. */
  private static final String ACCOUNT_ELEMENTS =
      "[class*=nickname], [id*=nickname], [class*=account-name], [class*=account_name],"
          + " [id*=account-name], [id*=account_name]";

  private static final Set<String> NAMES =
      Set.of("微信公众平台", "微信公众号", "微信", "百家号", "搜狐号", "网易号", "头条号", "今日头条", "企鹅号",
          "大鱼号", "一点号", "新浪看点", "新浪博客", "知乎专栏", "简书", "medium", "substack");

  private PublishingPlatforms() {}

  /**
   * On a platform's page (its site name is a platform's), the account that posted: the first
   * element whose class or id names an account and holds a name. Asked before the page is cleaned,
   * as platforms put the account's name in a profile card the page hides until it is clicked.
   */
  public static Optional<String> accountThatPosted(PageMeta meta, Element root) {
    if (meta.tag("og:site_name", "application-name").filter(PublishingPlatforms::isPlatform)
        .isEmpty()) {
      return Optional.empty();
    }
    return root.select(ACCOUNT_ELEMENTS).stream()
        .map(e -> Texts.normalize(e.text()).strip())
        .filter(name -> name.length() >= 2 && name.length() <= 30 && !isPlatform(name))
        .findFirst();
  }

  /** True when {@code name} is a platform's, in either script ({@code 微信公眾平台}), any case. */
  static boolean isPlatform(String name) {
    return NAMES.contains(ChineseScripts.simplified(name.strip()).toLowerCase(Locale.ROOT));
  }
}
