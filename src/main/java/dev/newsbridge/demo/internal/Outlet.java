package dev.newsbridge.demo.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The four fictional outlets of the demo. They differ the way real sites do: URL scheme, page
 * layout (one {@link PageTemplate} each), the RSS element that names the reporter, and script: the
 * two mainland outlets write Simplified characters, the Taipei paper Traditional, and the
 * English-language daily English, which the desk stores untranslated.
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
  XICHAO("xichao", "曦潮日報", "曦潮日報：台北在地，每日新聞"),
  /**
   * An English-language daily of the port city of Kestrel Bay: English markup and bylines ({@code
   * By Megan Hollis}, a {@code <time>} element), UTF-8, {@code dc:creator} and {@code en} in its
   * feed.
   */
  COURIER("courier", "The Kestrel Bay Courier", "News from Kestrel Bay and the world, every day");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter MONTH_SLASH_DAY =
      DateTimeFormatter.ofPattern("yyyy-MM/dd");
  private static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

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

  /** The outlet's name as it prints it, e.g. "澄观新闻" or "The Kestrel Bay Courier". */
  public String displayName() {
    return displayName;
  }

  /** The feed's channel description. */
  public String description() {
    return description;
  }

  /** How the outlet names a channel: in its own language and script. */
  public String channelName(Topic topic) {
    return switch (this) {
      case CHENGGUAN, WANGCHUAN -> topic.label();
      case XICHAO -> topic.traditionalLabel();
      case COURIER -> topic.englishLabel();
    };
  }

  /**
   * The language a reader adding the feed declares for it: "zh" for the three Chinese outlets,
   * Taipei's too (the desk reads its region from the text), "en" for the English daily.
   */
  public String language() {
    return this == COURIER ? "en" : "zh";
  }

  /** The feed's {@code <language>}: what the outlet's RSS declares, region and all. */
  public String feedLanguage() {
    return switch (this) {
      case CHENGGUAN, WANGCHUAN -> "zh-cn";
      case XICHAO -> "zh-tw";
      case COURIER -> "en";
    };
  }

  /** True for the English daily: its article files wrap English lines, joined with a space. */
  boolean writesEnglish() {
    return this == COURIER;
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
      case COURIER ->
          "/courier/" + article.topic().key() + "/" + YEAR_MONTH_DAY.format(date) + "/"
              + article.slug() + "/";
    };
  }

  PageTemplate template() {
    return switch (this) {
      case CHENGGUAN -> new ChengguanPage();
      case WANGCHUAN -> new WangchuanPage();
      case XICHAO -> new XichaoPage();
      case COURIER -> new CourierPage();
    };
  }

  static Outlet ofKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
