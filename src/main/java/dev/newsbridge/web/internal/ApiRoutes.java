package dev.newsbridge.web.internal;

import dev.newsbridge.search.SearchHits;
import dev.newsbridge.store.ArticlePage;
import dev.newsbridge.store.StoredArticle;
import io.javalin.http.Context;
import java.util.List;

/**
 * The read-only JSON API under {@code /api}. Paging: {@code limit} default {@value #DEFAULT_LIMIT},
 * at most {@value #MAX_LIMIT}; {@code offset} default 0, at most {@value #MAX_OFFSET}.
 */
public final class ApiRoutes {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 1_000_000;

  private final Site site;

  public ApiRoutes(Site site) {
    this.site = site;
  }

  public void articles(Context ctx) {
    ArticlePage page = site.store().latest(limit(ctx), offset(ctx));
    json(ctx, new ApiJson.Listing<>(summaries(page.items()), page.total()));
  }

  public void article(Context ctx) {
    long id =
        Params.id(ctx)
            .orElseThrow(
                () -> Problem.badRequest("The article id must be a positive whole number."));
    StoredArticle article =
        site.store()
            .article(id)
            .orElseThrow(() -> Problem.notFound("There is no article " + id + "."));
    json(ctx, ApiJson.article(article, site.store().neighbours(id),
        site.store().storyMember(id).orElse(null)));
  }

  public void search(Context ctx) {
    String query = Params.query(ctx);
    int limit = limit(ctx);
    int offset = offset(ctx);
    SearchHits hits =
        query.isEmpty() ? new SearchHits(List.of(), 0) : Searches.run(site, query, limit, offset);
    json(ctx, new ApiJson.Listing<>(summaries(site.store().articles(hits.ids())), hits.total()));
  }

  /** Writes {@code value} as the JSON response body. */
  static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
  }

  private static int limit(Context ctx) {
    return Params.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  private static int offset(Context ctx) {
    return Params.intParam(ctx, "offset", 0, 0, MAX_OFFSET);
  }

  private static List<ApiJson.ArticleSummary> summaries(List<StoredArticle> articles) {
    return articles.stream().map(ApiJson::summary).toList();
  }
}
