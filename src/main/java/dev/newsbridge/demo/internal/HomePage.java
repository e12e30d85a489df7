package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's front page: each outlet, its feed, and its articles newest first. UTF-8; the English
 * daily's section is marked {@code lang="en"} inside the Chinese page.
 */
final class HomePage {
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private HomePage() {}

  static String render(List<ArticleText> articles) {
    String sections =
        Arrays.stream(Outlet.values())
            .map(outlet -> section(outlet, articles))
            .collect(Collectors.joining());
    return """
           <!DOCTYPE html>
           <html lang="zh-CN">
           <head><meta charset="utf-8"><title>Newsbridge 演示新闻站</title></head>
           <body>
           <h1>Newsbridge 演示新闻站</h1>
           <p>本站由 Newsbridge 项目编写，供离线演示使用：四家媒体均为虚构，报道内容由本项目撰写。</p>
           %s</body>
           </html>
           """
        .formatted(sections);
  }

  private static String section(Outlet outlet, List<ArticleText> articles) {
    String items =
        articles.stream()
            .filter(a -> a.outlet() == outlet)
            .map(a -> item(outlet, a))
            .collect(Collectors.joining());
    return """
           <section id="%s"%s>
           <h2>%s</h2>
           <p><a href="%s">RSS 订阅</a></p>
           <ul>
           %s</ul>
           </section>
           """
        .formatted(
            outlet.key(),
            outlet.writesEnglish() ? " lang=\"en\"" : "",
            escape(outlet.displayName()),
            outlet.feedPath(),
            items);
  }

  private static String item(Outlet outlet, ArticleText a) {
    return "<li>[%s] <a href=\"%s\">%s</a> %s</li>\n"
        .formatted(
            escape(outlet.channelName(a.topic())),
            outlet.articlePath(a),
            escape(a.title()),
            DAY_TIME.format(a.publishedAt()));
  }
}
