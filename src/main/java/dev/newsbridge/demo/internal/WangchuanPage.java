package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * 望川日报's article page: an older newspaper site. {@code <meta charset>} only on its GBK pages (the
 * UTF-8 ones rely on the HTTP header), Open Graph only on the pages flagged for it, body in {@code
 * <div id="ozoom">} with full-width-space indents, a "当前位置" breadcrumb, a font-size bar, related
 * reading, comments and a copyright footer.
 */
final class WangchuanPage implements PageTemplate {
  private static final Html.CommentStyle COMMENTS = new Html.CommentStyle(
      "<dl><dt>%s　%s</dt><dd>%s</dd></dl>\n",
      DateTimeFormatter.ofPattern("MM月dd日 HH:mm"), 35, 52);

  /** Two ideographic spaces: how Chinese print layouts indent a paragraph. */
  private static final String INDENT = "\u3000\u3000";

  @Override
  public String render(Page page) {
    ArticleText a = page.article();
    return """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
%s<title>%s_%s_望川日报</title>
<meta name="description" content="%s">
%s<style type="text/css">body{font-size:14px}#main{width:960px;margin:0 auto}</style>
<script type="text/javascript">var wcPageId="%s";</script>
</head>
<body>
<div id="top"><span>望川日报社主管主办</span> <a href="/">设为首页</a> \
<a href="/">加入收藏</a> <a href="/wangchuan/rss.xml">RSS订阅</a></div>
<div id="logo"><a href="/">望川日报</a> <span>望川新闻网</span></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/?channel=local">本地</a></li>\
<li><a href="/?channel=economy">财经</a></li><li><a href="/?channel=technology">科技</a></li>\
<li><a href="/?channel=sports">体育</a></li><li><a href="/?channel=culture">文化</a></li>\
<li><a href="/?channel=epaper">数字报</a></li></ul></div>
<div class="banner-ad"><a href="/">【广告】望川农商银行 新春理财 稳健之选</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/?channel=%s">%s</a> \
&gt; 正文</div>
<div id="main">
<div class="left">
<h1 class="title">%s</h1>
%s<div class="toolbar">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】\
【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="content" id="ozoom">
%s
</div>
<div class="editor">责任编辑：%s</div>
<div class="share">分享到：<a href="#">微信朋友圈</a> <a href="#">新浪微博</a> \
<a href="#">QQ好友</a></div>
<div class="related"><h3>相关阅读</h3><ul>
%s
</ul></div>
<div class="comment"><h3>网友评论</h3><p class="tip">网友评论仅供其表达个人看法，\
并不代表本网站同意其观点或证实其描述</p>
%s
</div>
</div>
<div class="right"><div class="ad-box">【广告】望川国际车展 12月15日开幕</div>
<div class="ad-box">【广告】订阅望川日报 全年只需一杯咖啡钱</div></div>
</div>
<div id="footer"><p>望川日报社版权所有 未经书面授权 不得复制或建立镜像</p>
<p>地址：望川市滨江路1号 新闻热线：0000-0000000</p>
<p>本站为 Newsbridge 演示站点，网站名称、人物与报道内容均为虚构或由本项目改写。</p></div>
</body>
</html>
"""
        .formatted(
            charsetMeta(a),
            escape(a.title()),
            escape(a.topic().label()),
            escape(a.summary()),
            openGraph(page),
            escape(a.slug()),
            a.topic().key(),
            escape(a.topic().label()),
            escape(a.title()),
            byline(a),
            paragraphs(a),
            escape(a.editor()),
            links(page),
            COMMENTS.render(a));
  }

  /** Old sites declare the legacy charset in the page and leave UTF-8 to the HTTP header. */
  private static String charsetMeta(ArticleText a) {
    return a.charset().equalsIgnoreCase("UTF-8")
        ? ""
        : "<meta charset=\"" + escape(a.charset()) + "\">\n";
  }

  private static String openGraph(Page page) {
    ArticleText a = page.article();
    if (!a.openGraph()) {
      return "";
    }
    return """
           <meta property="og:title" content="%s">
           <meta property="og:site_name" content="望川日报">
           <meta property="article:published_time" content="%s">
           """
        .formatted(escape(a.title()), a.publishedAt());
  }

  private static String byline(ArticleText a) {
    var lines = a.byline().lines(Outlet.WANGCHUAN.displayName(), a.reporter(), a.publishedAt());
    return lines.stream()
        .map(line -> "<div class=\"info\">" + escape(line) + "</div>\n")
        .collect(Collectors.joining());
  }

  private static String paragraphs(ArticleText a) {
    return a.bodyParagraphs().stream()
        .map(p -> "<p>" + INDENT + escape(p) + "</p>")
        .collect(Collectors.joining("\n"));
  }

  private static String links(Page page) {
    return page.related().stream()
        .map(l -> "<li>·<a href=\"" + l.path() + "\" target=\"_blank\">" + escape(l.title()))
        .map(item -> item + "</a></li>")
        .collect(Collectors.joining("\n"));
  }


}
