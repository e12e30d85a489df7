package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.search.SearchHits;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticlePage;
import dev.newsbridge.store.StoredArticle;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML pages: latest, article, tag, source, sources and search. */
public final class HtmlPages {
  private final Site site;

  public HtmlPages(Site site) {
    this.site = site;
  }

  public void home(Context ctx) {
    int page = Params.page(ctx);
    ArticlePage articles = site.store().latest(pageSize(), offset(page));
    render(
        ctx,
        "home.jte",
        Map.of(
            "cards",
            cards(articles.items()),
            "pager",
            Pager.of("/", page, pageSize(), articles.total())));
  }

  public void article(Context ctx) {
    long id = Params.id(ctx).orElseThrow(HtmlPages::noSuchArticle);
    StoredArticle article = site.store().article(id).orElseThrow(HtmlPages::noSuchArticle);
    Map<String, Object> params = new HashMap<>();
    params.put("article", ArticleViews.page(article, site.store().neighbours(id)));
    params.put("coverage", StoryViews.coverage(site.store(), id)); // stories (issue #6); may be null
    render(ctx, "article.jte", params);
  }

  public void tag(Context ctx) {
    String slug = ctx.pathParam("slug");
    Tag tag =
        site.store()
            .tag(slug)
            .orElseThrow(() -> Problem.notFound("There is no tag with that name."));
    int page = Params.page(ctx);
    ArticlePage articles = site.store().byTag(slug, pageSize(), offset(page));
    render(
        ctx,
        "tag.jte",
        Map.of(
            "name",
            tag.name(),
            "kind",
            kindName(tag.kind()),
            "total",
            articles.total(),
            "cards",
            cards(articles.items()),
            "pager",
            Pager.of(Links.tag(slug), page, pageSize(), articles.total())),
        site.chrome().withPageFeeds(Chrome.PageFeeds.allUnder(tag.name(), Links.tag(slug) + "/")));
  }

  public void source(Context ctx) {
    long id = Params.id(ctx).orElseThrow(HtmlPages::noSuchSource);
    Source source = site.store().source(id).orElseThrow(HtmlPages::noSuchSource);
    int page = Params.page(ctx);
    ArticlePage articles = site.store().bySource(source.id(), pageSize(), offset(page));
    render(
        ctx,
        "source.jte",
        Map.of(
            "source",
            SourceView.of(source),
            "total",
            articles.total(),
            "cards",
            cards(articles.items()),
            "pager",
            Pager.of(Links.source(source.id()), page, pageSize(), articles.total())),
        site.chrome().withPageFeeds(
            Chrome.PageFeeds.allUnder(source.name(), Links.source(source.id()) + "/")));
  }

  public void sources(Context ctx) {
    List<SourceView> sources = site.store().sources().stream().map(SourceView::of).toList();
    render(ctx, "sources.jte", Map.of("sources", sources));
  }

  public void search(Context ctx) {
    String query = Params.query(ctx);
    int page = Params.page(ctx);
    SearchHits hits =
        query.isEmpty()
            ? new SearchHits(List.of(), 0)
            : Searches.run(site, query, pageSize(), offset(page));
    List<StoredArticle> found = site.store().articles(hits.ids());
    render(
        ctx,
        "search.jte",
        Map.of(
            "query",
            query,
            "total",
            hits.total(),
            "cards",
            cards(found),
            "pager",
            Pager.of(Links.search(query), page, pageSize(), hits.total())),
        query);
  }

  private void render(Context ctx, String template, Map<String, Object> params) {
    render(ctx, template, params, site.chrome());
  }

  private void render(Context ctx, String template, Map<String, Object> params, String query) {
    render(ctx, template, params, site.chrome().withQuery(query));
  }

  private void render(Context ctx, String template, Map<String, Object> params, Chrome chrome) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("chrome", chrome);
    site.templates().respond(ctx, template, all);
  }

  private int pageSize() {
    return site.settings().pageSize();
  }

  private int offset(int page) {
    return (page - 1) * pageSize();
  }

  private static List<ArticleCard> cards(List<StoredArticle> articles) {
    return articles.stream().map(ArticleViews::card).toList();
  }

  private static String kindName(Tag.Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Problem noSuchSource() {
    return Problem.notFound("There is no such source.");
  }

  private static Problem noSuchArticle() {
    return Problem.notFound("There is no article with that number.");
  }
}
