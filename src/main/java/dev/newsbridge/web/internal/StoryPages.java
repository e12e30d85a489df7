package dev.newsbridge.web.internal;

import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryPage;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import dev.newsbridge.store.ArticleStore;
import io.javalin.http.HttpStatus;

/**
 * The story pages (issue #6): {@code /stories} (latest stories, by size and freshness as {@link
 * dev.newsbridge.store.ArticleStore#latestStories} ranks them, {@code ?page=}), {@code
 * /stories/{id}} (headline, first report, timeline by event with copies folded, who and where,
 * topics) and {@code /stories/{id}/feed.atom} (the story's reports, newest first, copies left
 * out). A merged-away story's addresses answer 301 to the story it lives on in.
 */
public final class StoryPages {
  private final Site site;
  private final FeedRoutes feeds;

  public StoryPages(Site site) {
    this.site = site;
    this.feeds = new FeedRoutes(site);
  }

  public void stories(Context ctx) {
    int page = Params.page(ctx);
    int size = site.settings().pageSize();
    StoryPage stories = site.store().latestStories(size, (page - 1) * size);
    List<StoryCard> cards = new ArrayList<>();
    for (var summary : stories.items()) {
      StoryViews.load(site.store(), summary.storyId())
          .ifPresent(s -> cards.add(StoryViews.card(summary, s)));
    }
    render(ctx, "stories.jte", Map.of(
        "cards", cards, "pager", Pager.of("/stories", page, size, stories.total())));
  }

  public void story(Context ctx) {
    long id = Params.id(ctx).orElseThrow(StoryPages::noSuchStory);
    Optional<StoryViews.Loaded> s = StoryViews.load(site.store(), id);
    if (s.isEmpty()) {
      redirectIfMerged(ctx, site.store(), id, Links::story, StoryPages::noSuchStory);
      return;
    }
    String headline = ArticleViews.titleOrPlaceholder(s.get().headlineReport().displayTitle());
    Chrome.PageFeeds feed = new Chrome.PageFeeds(headline, Links.storyFeed(id), null, null);
    render(ctx, "story.jte", Map.of("story", StoryViews.story(id, s.get())),
        site.chrome().withPageFeeds(feed));
  }

  public void feed(Context ctx) {
    long id = Params.id(ctx).orElseThrow(StoryPages::noSuchStory);
    Optional<StoryViews.Loaded> loaded = StoryViews.load(site.store(), id);
    if (loaded.isEmpty()) {
      redirectIfMerged(ctx, site.store(), id, Links::storyFeed, StoryPages::noSuchStory);
      return;
    }
    StoryViews.Loaded s = loaded.get();
    List<FeedEntry> entries =
        s.members().stream()
            .filter(m -> !m.isCopy())
            .map(s::article)
            .sorted(Comparator.comparing(StoredArticle::sortTime).reversed())
            .limit(site.settings().feedSize())
            .map(a -> FeedEntry.of(a, site))
            .toList();
    String headline = ArticleViews.titleOrPlaceholder(s.headlineReport().displayTitle());
    String page = Links.story(id);
    feeds.respond(ctx, FeedRoutes.Format.ATOM, new FeedRoutes.Channel(feeds.titled(headline),
        "Every report of one story, translated into English.", page, page + "/", entries));
  }

  /**
   * Sends a merged-away story's address on, permanently, to the story it was merged into (its
   * page, feed or API address as {@code link} makes it); else the story is not found.
   */
  static void redirectIfMerged(
      Context ctx, ArticleStore store, long id, LongFunction<String> link, Supplier<Problem> none) {
    long into = StoryViews.mergedInto(store, id).orElseThrow(none);
    ctx.redirect(link.apply(into), HttpStatus.MOVED_PERMANENTLY);
  }

  /** The article page's story box for {@code articleId}, or null. */
  public StoryCoverage coverage(long articleId) {
    return StoryViews.coverage(site.store(), articleId);
  }

  private void render(Context ctx, String template, Map<String, Object> params) {
    render(ctx, template, params, site.chrome());
  }

  private void render(Context ctx, String template, Map<String, Object> params, Chrome chrome) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("chrome", chrome);
    site.templates().respond(ctx, template, all);
  }

  static Problem noSuchStory() {
    return Problem.notFound("There is no story with that number.");
  }
}
