package dev.newsbridge.web.internal;

import dev.newsbridge.store.StoryPage;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/stories?limit=&offset=} (paging as {@link ApiRoutes}) and {@code GET
 * /api/stories/{id}}; a story merged into another answers {@code 301} with the merged story's
 * address in {@code Location}.
 */
public final class StoryApi {
  private final Site site;

  public StoryApi(Site site) {
    this.site = site;
  }

  public void stories(Context ctx) {
    int limit = Params.intParam(ctx, "limit", ApiRoutes.DEFAULT_LIMIT, 1, ApiRoutes.MAX_LIMIT);
    int offset = Params.intParam(ctx, "offset", 0, 0, ApiRoutes.MAX_OFFSET);
    StoryPage page = site.store().latestStories(limit, offset);
    List<StoryJson.Summary> items = new ArrayList<>();
    for (var summary : page.items()) {
      StoryViews.load(site.store(), summary.storyId())
          .ifPresent(s -> items.add(StoryJson.summary(summary.storyId(), s)));
    }
    ApiRoutes.json(ctx, new ApiJson.Listing<>(items, page.total()));
  }

  public void story(Context ctx) {
    long id =
        Params.id(ctx)
            .orElseThrow(() -> Problem.badRequest("The story id must be a positive whole number."));
    java.util.Optional<StoryViews.Loaded> s = StoryViews.load(site.store(), id);
    if (s.isEmpty()) {
      // A merged-away story (issue #6) answers 301 to the story it is part of now.
      StoryPages.redirectIfMerged(ctx, site.store(), id, Links::storyApi,
          () -> Problem.notFound("There is no story " + id + "."));
      return;
    }
    ApiRoutes.json(ctx, StoryJson.story(id, s.get()));
  }
}
