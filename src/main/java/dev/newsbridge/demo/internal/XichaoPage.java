package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * 曦潮日報's article page: a Taipei daily's site in Traditional characters, {@code lang="zh-TW"},
 * the charset always declared in the page (Big5 ones too), the headline's site name after a bar,
 * the byline in Taiwan's form, body in {@code <div class="story-text">}, and the boilerplate a
 * Taiwanese reader knows (相關新聞, 責任編輯, 廣告, 網友留言, 版權所有).
 */
final class XichaoPage implements PageTemplate {
  private static final Html.CommentStyle COMMENTS = new Html.CommentStyle(
      "<div class=\"reply\"><b>%s</b> <time>%s</time><p>%s</p></div>\n",
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"), 17, 29);

  @Override
  public String render(Page page) {
    ArticleText a = page.article();
    return """
           <!DOCTYPE html>
           <html lang="zh-TW">
           <head>
           <meta charset="%s">
           <title>%s | 曦潮日報</title>
           <meta name="description" content="%s">
           %s<link rel="canonical" href="%s">
           <link rel="alternate" type="application/rss+xml" title="曦潮日報" href="/xichao/rss.xml">
           <style>body{font-family:"PingFang TC","Microsoft JhengHei",sans-serif}\
           .container{max-width:980px;margin:0 auto}</style>
           </head>
           <body>
           <div class="topbar"><a href="/">曦潮日報</a> <a href="/">電子報</a> \
           <a href="/">訂閱紙本</a> <a href="/xichao/rss.xml">RSS</a></div>
           <nav class="menu"><a href="/">首頁</a> <a href="/?channel=politics">政治</a> \
           <a href="/?channel=life">生活</a> <a href="/?channel=technology">科技</a> \
           <a href="/?channel=science">科學</a> <a href="/?channel=culture">文化</a> \
           <a href="/?channel=world">國際</a></nav>
           <div class="adv">廣告｜曦潮會員年末感謝祭 線上訂閱享八折</div>
           <div class="container">
           <div class="crumb"><a href="/">首頁</a> &gt; <a href="/?channel=%s">%s</a></div>
           <div class="article-main">
           <h1>%s</h1>
           %s<div class="story-text">
           %s
           </div>
           <p class="editor">責任編輯：%s</p>
           <div class="share">分享到：<a href="#">Facebook</a> <a href="#">LINE</a> \
           <a href="#">複製連結</a></div>
           </div>
           <div class="adv">廣告｜台北年貨大街 一站買齊</div>
           <div class="related"><h3>相關新聞</h3><ul>
           %s
           </ul></div>
           <div class="comments"><h3>網友留言（%d）</h3>
           <p class="notice">留言僅代表網友個人意見，不代表本報立場。</p>
           %s
           </div>
           </div>
           <footer><p>曦潮日報 版權所有 &copy; 2023 未經授權請勿轉載</p>
           <p>本站為 Newsbridge 示範網站，報社名稱、人物與報導內容皆為虛構或由本專案改寫。</p>
           </footer>
           </body>
           </html>
           """
        .formatted(
            escape(a.charset()),
            escape(a.title()),
            escape(a.summary()),
            openGraph(page),
            page.url(),
            a.topic().key(),
            escape(Outlet.XICHAO.channelName(a.topic())),
            escape(a.title()),
            byline(a),
            Html.paragraphs(a.bodyParagraphs()),
            escape(a.editor()),
            Html.linkItems(page.related()),
            a.comments().size(),
            COMMENTS.render(a));
  }

  private static String openGraph(Page page) {
    ArticleText a = page.article();
    if (!a.openGraph()) {
      return "";
    }
    return """
           <meta property="og:title" content="%s">
           <meta property="og:site_name" content="曦潮日報">
           <meta property="og:locale" content="zh_TW">
           <meta property="article:published_time" content="%s">
           """
        .formatted(escape(a.title()), a.publishedAt());
  }

  private static String byline(ArticleText a) {
    var lines = a.byline().lines(Outlet.XICHAO.displayName(), a.reporter(), a.publishedAt());
    return "<div class=\"byline\">"
        + lines.stream()
            .map(line -> "<span>" + escape(line) + "</span>")
            .collect(Collectors.joining(" "))
        + "</div>\n";
  }


}
