package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * 澄观新闻's article page: a modern layout with {@code <meta charset>}, canonical link, optional Open
 * Graph tags, and the usual boilerplate (navigation, ads, breadcrumb, share bar, related reading,
 * comments, footer) around {@code <div class="news_txt">}.
 */
final class ChengguanPage implements PageTemplate {
  private static final Html.CommentStyle COMMENTS = new Html.CommentStyle(
      "<div class=\"comment\"><span class=\"nick\">%s</span> <span class=\"ctime\">%s</span>"
          + "<p>%s</p><a class=\"like\" href=\"#\">赞</a></div>\n",
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), 23, 41);

  @Override
  public String render(Page page) {
    ArticleText a = page.article();
    return """
           <!DOCTYPE html>
           <html lang="zh-CN">
           <head>
           <meta charset="%s">
           <meta name="viewport" content="width=device-width, initial-scale=1">
           <title>%s_澄观新闻</title>
           <meta name="keywords" content="%s,%s,澄观新闻">
           <meta name="description" content="%s">
           %s<link rel="canonical" href="%s">
           <link rel="alternate" type="application/rss+xml" title="澄观新闻" href="/chengguan/rss.xml">
           <style>body{margin:0;font-family:sans-serif}.wrap{max-width:1000px;margin:0 auto}\
           .ad{background:#f5f5f5;color:#999;padding:10px;text-align:center}</style>
           <script>window.cgStat=window.cgStat||[];cgStat.push(["pageview","%s"]);</script>
           </head>
           <body>
           <header class="site-header"><div class="wrap">
           <a class="logo" href="/">澄观新闻</a>
           <nav class="main-nav"><a href="/">首页</a> <a href="/?channel=technology">科技</a> \
           <a href="/?channel=economy">财经</a> <a href="/?channel=environment">环境</a> \
           <a href="/?channel=science">科学</a> <a href="/?channel=sports">体育</a> \
           <a href="/?channel=culture">文化</a> <a href="/chengguan/rss.xml">订阅</a></nav>
           <form class="search" action="/" method="get"><input name="q" placeholder="搜索新闻">\
           <button type="submit">搜索</button></form>
           </div></header>
           <div class="ad ad-top">广告｜澄观新闻客户端全新改版，下载即可领取一个月会员</div>
           <div class="wrap">
           <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/?channel=%s">%s</a> &gt; \
           <span>正文</span></div>
           <main>
           <article class="news-detail">
           <h1 class="news_title">%s</h1>
           %s<div class="news_txt">
           %s
           </div>
           <p class="editor">（责任编辑：%s）</p>
           <div class="share-bar">分享到：<a class="share-wechat" href="#">微信</a> \
           <a class="share-weibo" href="#">微博</a> <a class="share-qzone" href="#">QQ空间</a> \
           <a class="share-copy" href="#">复制链接</a></div>
           </article>
           <div class="ad ad-mid">广告｜年终好物节：精选家电限时直降</div>
           <section class="related"><h2>相关阅读</h2>
           <ul>
           %s
           </ul></section>
           <section class="comments" id="comments"><h2>网友评论（%d）</h2>
           %s
           <form class="comment-form"><textarea placeholder="文明上网，理性发言"></textarea>\
           <button type="button">发表评论</button></form>
           </section>
           </main>
           <aside class="sidebar"><div class="ad ad-side">广告位招租 联系电话：0000-0000000</div>
           <h3>澄观热榜</h3><ol>
           %s
           </ol></aside>
           </div>
           <footer class="site-footer"><p><a href="/">关于我们</a> | <a href="/">联系我们</a> | \
           <a href="/">广告服务</a> | <a href="/">网站地图</a></p>
           <p>Copyright &copy; 2023 澄观新闻 版权所有 未经书面授权，不得转载、摘编或建立镜像</p>
           <p>本站为 Newsbridge 演示站点，网站名称、人物与报道内容均为虚构或由本项目改写。</p>
           </footer>
           </body>
           </html>
           """
        .formatted(
            escape(a.charset()),
            escape(a.title()),
            escape(a.topic().label()),
            escape(a.reporter()),
            escape(a.summary()),
            openGraph(page),
            page.url(),
            a.topic().key(),
            a.topic().key(),
            escape(a.topic().label()),
            escape(a.title()),
            byline(a),
            Html.paragraphs(a.bodyParagraphs()),
            escape(a.editor()),
            Html.linkItems(page.related()),
            a.comments().size(),
            COMMENTS.render(a),
            Html.linkItems(page.related()));
  }

  private static String openGraph(Page page) {
    ArticleText a = page.article();
    if (!a.openGraph()) {
      return "";
    }
    return """
           <meta property="og:type" content="article">
           <meta property="og:title" content="%s">
           <meta property="og:site_name" content="澄观新闻">
           <meta property="og:url" content="%s">
           <meta property="article:published_time" content="%s">
           <meta property="article:author" content="%s">
           """
        .formatted(escape(a.title()), page.url(), a.publishedAt(), escape(a.reporter()));
  }

  private static String byline(ArticleText a) {
    var lines = a.byline().lines(Outlet.CHENGGUAN.displayName(), a.reporter(), a.publishedAt());
    if (lines.size() == 1) {
      return "<div class=\"news_about\"><p>" + escape(lines.get(0)) + "</p></div>\n";
    }
    return "<div class=\"news_about\"><p class=\"reporter\">"
        + escape(lines.get(0))
        + "</p>\n<p class=\"time\">"
        + escape(lines.get(1))
        + "</p></div>\n";
  }


}
