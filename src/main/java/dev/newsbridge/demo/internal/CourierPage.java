package dev.newsbridge.demo.internal;

import static dev.newsbridge.demo.internal.Html.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The Kestrel Bay Courier's article page: an English-language daily's site, {@code lang="en"},
 * UTF-8, a section kicker above the headline, the byline {@code By Megan Hollis} over a {@code
 * <time datetime>}, body in {@code <div class="article-body">}, and the boilerplate an English
 * reader knows (cookie banner, Advertisement, share bar, "Edited by", a newsletter sign-up,
 * Related stories, Comments, All rights reserved).
 */
final class CourierPage implements PageTemplate {
  private static final Html.CommentStyle COMMENTS = new Html.CommentStyle(
      "<div class=\"comment\"><span class=\"commenter\">%s</span> "
          + "<span class=\"comment-time\">%s</span><p>%s</p>"
          + "<a class=\"reply\" href=\"#\">Reply</a></div>\n",
      DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US), 31, 47);

  @Override
  public String render(Page page) {
    ArticleText a = page.article();
    String section = Outlet.COURIER.channelName(a.topic());
    return """
           <!DOCTYPE html>
           <html lang="en">
           <head>
           <meta charset="%s">
           <meta name="viewport" content="width=device-width, initial-scale=1">
           <title>%s | The Kestrel Bay Courier</title>
           <meta name="description" content="%s">
           %s<link rel="canonical" href="%s">
           <link rel="alternate" type="application/rss+xml" title="The Kestrel Bay Courier" \
           href="/courier/rss.xml">
           <style>body{font-family:Georgia,serif;margin:0}.page{max-width:720px;margin:0 auto}\
           .ad-slot{color:#777;font:12px sans-serif;text-align:center}</style>
           </head>
           <body>
           <div class="cookie-banner"><p>We use cookies to see how readers use our site. \
           <button type="button">Accept all</button> <a href="/">Manage settings</a></p></div>
           <header class="masthead"><a class="brand" href="/">The Kestrel Bay Courier</a>
           <span class="edition">Kestrel Bay edition</span>
           <a class="subscribe" href="/">Subscribe</a> <a href="/">Sign in</a></header>
           <nav class="sections"><a href="/">Home</a> <a href="/?section=local">Local</a> \
           <a href="/?section=world">World</a> <a href="/?section=business">Business</a> \
           <a href="/?section=technology">Technology</a> <a href="/?section=science">Science</a> \
           <a href="/?section=sport">Sport</a> <a href="/?section=culture">Culture</a> \
           <a href="/?section=opinion">Opinion</a></nav>
           <div class="ad-slot">Advertisement</div>
           <main class="page">
           <article class="story">
           <p class="kicker"><a href="/?section=%s">%s</a></p>
           <h1 class="headline">%s</h1>
           %s<div class="share-bar">Share this article: <a href="#">Facebook</a> \
           <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> \
           <a href="#">Copy link</a></div>
           <div class="article-body">
           %s
           </div>
           <p class="editor-credit">Edited by %s</p>
           </article>
           <div class="ad-slot">Advertisement</div>
           <aside class="newsletter"><h2>The Morning Courier</h2>
           <p>The day's top Kestrel Bay stories in your inbox before 7 a.m.</p>
           <form><input type="email" placeholder="Your email address"> \
           <button type="button">Sign up</button></form>
           <p class="fine-print">You can unsubscribe at any time. See our privacy policy.</p>
           </aside>
           <section class="related"><h2>Related stories</h2>
           <ul>
           %s
           </ul></section>
           <section class="comments" id="comments"><h2>Comments (%d)</h2>
           <p class="guidelines">Comments are moderated. Please keep the conversation civil.</p>
           %s<form class="comment-form"><textarea placeholder="Join the conversation"></textarea> \
           <button type="button">Post comment</button></form>
           </section>
           </main>
           <footer class="site-footer"><p><a href="/">About us</a> | <a href="/">Contact</a> | \
           <a href="/">Advertise</a> | <a href="/">Terms</a> | <a href="/">Privacy</a></p>
           <p>&copy; 2023 The Kestrel Bay Courier. All rights reserved.</p>
           <p>This is a Newsbridge demo site: the paper, its people and its reports are fictional \
           or retold by the project.</p>
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
            escape(section),
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
           <meta property="og:type" content="article">
           <meta property="og:title" content="%s">
           <meta property="og:site_name" content="The Kestrel Bay Courier">
           <meta property="og:locale" content="en_US">
           <meta property="og:url" content="%s">
           <meta property="article:published_time" content="%s">
           <meta property="article:section" content="%s">
           """
        .formatted(
            escape(a.title()),
            page.url(),
            a.publishedAt(),
            escape(Outlet.COURIER.channelName(a.topic())));
  }

  /** "By …" over the time, whose {@code datetime} has the offset the printed time leaves out. */
  private static String byline(ArticleText a) {
    List<String> lines =
        a.byline().lines(Outlet.COURIER.displayName(), a.reporter(), a.publishedAt());
    return "<div class=\"byline-block\"><p class=\"byline\">"
        + escape(lines.get(0))
        + "</p>\n<time class=\"published\" datetime=\""
        + a.publishedAt()
        + "\">"
        + escape(lines.get(1))
        + "</time></div>\n";
  }


}
