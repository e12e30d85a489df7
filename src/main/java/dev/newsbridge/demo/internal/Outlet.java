package dev.newsbridge.demo.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The three fictional outlets of the demo. They differ the way real sites do: URL scheme, page
 * layout (one {@link PageTemplate} each), the RSS element that names the reporter, and script: the
 * two mainland outlets write Simplified characters, the Taipei paper Traditional.
 */
public enum Outlet {
  /** A national news website: modern markup, mostly UTF-8, {@code dc:creator} in its feed. */
  CHENGGUAN("chengguan", "澄观新闻", "澄观新闻：看清每一天"),
  /** A city daily with an old site: GBK pages, full-width indents, {@code author} in its feed. */
  WANGCHUAN("wangchuan", "望川日报", "望川日报：望川市综合性日报"),
  /**
   * A Taipei daily: Traditional characters, some pages still Big5, Taiwan's bylines ({@code
   * 記者…／台北報導}), {@code dc:creator} and {@code zh-tw} in its feed.
   */
  XICHAO("xichao", "曦潮日報", "曦潮日報：台北在地，每日新聞");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter MONTH_SLASH_DAY =
      DateTimeFormatter.ofPattern("yyyy-MM/dd");

  private final String key;
  private final String displayName;
  private final String description;

  Outlet(String key, String displayName, String description) {
    this.key = key;
    this.displayName = displayName;
    this.description = description;
  }

  /** The path segment, e.g. "chengguan". */
  public String key() {
    return key;
  }

  /** The outlet's Chinese name, e.g. "澄观新闻". */
  public String displayName() {
    return displayName;
  }

  /** The feed's channel description. */
  public String description() {
    return description;
  }

  /** How the outlet names a channel: in its own script. */
  public String channelName(Topic topic) {
    return this == XICHAO ? topic.traditionalLabel() : topic.label();
  }

  /** The feed's {@code <language>}: what the outlet's RSS declares, region and all. */
  public String feedLanguage() {
    return this == XICHAO ? "zh-tw" : "zh-cn";
  }

  /**
   * The RSS element naming the reporter: {@code dc:creator}, or the plain {@code author} element
   * that many Chinese feeds fill with a name although RSS 2.0 asks for an e-mail address.
   */
  public String creatorElement() {
    return this == WANGCHUAN ? "author" : "dc:creator";
  }

  public String feedPath() {
    return "/" + key + "/rss.xml";
  }

  /** Where the article is served, in the outlet's own URL style. */
  public String articlePath(ArticleText article) {
    var date = article.publishedAt().toLocalDate();
    return switch (this) {
      case CHENGGUAN -> "/chengguan/news/" + DAY.format(date) + "/" + article.slug() + ".html";
      case WANGCHUAN ->
          "/wangchuan/content/" + MONTH_SLASH_DAY.format(date) + "/" + article.slug() + ".htm";
      case XICHAO ->
          "/xichao/news/" + article.topic().key() + "/" + DAY.format(date) + "-" + article.slug();
    };
  }

  PageTemplate template() {
    return switch (this) {
      case CHENGGUAN -> new ChengguanPage();
      case WANGCHUAN -> new WangchuanPage();
      case XICHAO -> new XichaoPage();
    };
  }

  static Outlet ofKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
