package dev.newsbridge.web.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.store.StoryMember;
import dev.newsbridge.store.StorySummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns story memberships into what the story pages, the article page and the API show. */
public final class StoryViews {
  /** Reports listed in an article page's "Other coverage" box: {@value}. */
  static final int COVERAGE_LINKS = 12;

  /** Tags shown for a story: {@value}. */
  static final int STORY_TAGS = 10;

  private StoryViews() {}

  /** A story's members with their articles, oldest first. */
  record Loaded(List<StoryMember> members, Map<Long, StoredArticle> articles) {
    StoredArticle article(StoryMember m) {
      return articles.get(m.articleId());
    }

    /** The earliest article that copies nothing. */
    StoredArticle firstOriginal() {
      return originals().findFirst().orElse(article(members.get(0)));
    }

    /**
     * The report whose title heads the story: the earliest original written in English when the
     * story has one, because a reporter's headline reads better than the machine translation of
     * the first report's; else the first original. Who reported first stays {@link
     * #firstOriginal}.
     */
    StoredArticle headlineReport() {
      return originals()
          .filter(a -> a.translation() == null && ArticleViews.originalLang(a).startsWith("en"))
          .findFirst()
          .orElse(firstOriginal());
    }

    /** The articles that copy nothing, oldest first. */
    private java.util.stream.Stream<StoredArticle> originals() {
      return members.stream().filter(m -> !m.isCopy()).map(this::article);
    }

    int outlets() {
      return (int) articles.values().stream().map(ArticleViews::outlet).distinct().count();
    }
  }

  static Optional<Loaded> load(ArticleStore store, long storyId) {
    List<StoryMember> members = store.storyMembers(storyId);
    Map<Long, StoredArticle> articles = new LinkedHashMap<>();
    store.articles(members.stream().map(StoryMember::articleId).toList())
        .forEach(a -> articles.put(a.id(), a));
    List<StoryMember> present =
        members.stream().filter(m -> articles.containsKey(m.articleId())).toList();
    return present.isEmpty() ? Optional.empty() : Optional.of(new Loaded(present, articles));
  }

  /**
   * The story a merged-away story id lives on in (issue #6: stories found to be one are merged),
   * when that story has reports; else empty.
   */
  static Optional<Long> mergedInto(ArticleStore store, long storyId) {
    return store.mergedInto(storyId).filter(now -> !store.storyMembers(now).isEmpty());
  }

  static StoryView story(long storyId, Loaded s) {
    StoredArticle first = s.firstOriginal();
    Map<Long, List<StoryView.Report>> copies = new HashMap<>();
    for (StoryMember m : s.members()) {
      if (m.isCopy() && s.articles().containsKey(m.duplicateOf())) {
        copies.computeIfAbsent(m.duplicateOf(), k -> new ArrayList<>())
            .add(report(s.article(m), List.of()));
      }
    }
    Map<Long, List<StoryView.Report>> events = new LinkedHashMap<>();
    for (StoryMember m : s.members()) {
      if (!m.isCopy() || !s.articles().containsKey(m.duplicateOf())) {
        events.computeIfAbsent(m.eventId(), k -> new ArrayList<>())
            .add(report(s.article(m), copies.getOrDefault(m.articleId(), List.of())));
      }
    }
    List<StoryView.Event> timeline =
        events.values().stream().map(r -> new StoryView.Event(r.get(0).time(), r)).toList();
    StoredArticle last = s.article(s.members().get(s.members().size() - 1));
    StoredArticle headline = s.headlineReport();
    return new StoryView(
        storyId,
        ArticleViews.titleOrPlaceholder(headline.displayTitle()),
        ArticleViews.titleLang(headline),
        s.members().size(),
        s.outlets(),
        Times.of(s.article(s.members().get(0)).sortTime()),
        Times.of(last.sortTime()),
        report(first, List.of()),
        timeline,
        topTags(s, StoryViews::entity).stream().map(TagLink::of).toList(),
        topTags(s, t -> !entity(t)).stream().map(TagLink::of).toList(),
        Links.storyFeed(storyId));
  }

  static StoryCard card(StorySummary summary, Loaded s) {
    StoredArticle first = s.firstOriginal();
    StoredArticle headline = s.headlineReport();
    return new StoryCard(
        Links.story(summary.storyId()),
        ArticleViews.titleOrPlaceholder(headline.displayTitle()),
        ArticleViews.titleLang(headline),
        s.members().size(),
        s.outlets(),
        ArticleViews.outletLine(first),
        Times.of(s.article(s.members().get(0)).sortTime()),
        Times.of(s.article(s.members().get(s.members().size() - 1)).sortTime()));
  }

  /** The article page's story box, or null when the article is alone in its story. */
  static StoryCoverage coverage(ArticleStore store, long articleId) {
    Optional<StoryMember> member = store.storyMember(articleId);
    if (member.isEmpty()) {
      return null;
    }
    Optional<Loaded> loaded = load(store, member.get().storyId());
    if (loaded.isEmpty() || loaded.get().members().size() < 2) {
      return null;
    }
    Loaded s = loaded.get();
    List<StoryMember> ms = s.members();
    int at = ms.stream().map(StoryMember::articleId).toList().indexOf(articleId);
    List<StoryView.Report> others =
        ms.stream()
            .filter(m -> m.articleId() != articleId)
            .limit(COVERAGE_LINKS)
            .map(m -> report(s.article(m), List.of(), m.isCopy()))
            .toList();
    StoryMember self = member.get();
    StoredArticle original = self.isCopy() ? s.articles().get(self.duplicateOf()) : null;
    if (self.isCopy() && original == null) {
      original = store.article(self.duplicateOf()).orElse(null);
    }
    return new StoryCoverage(
        Links.story(ms.get(0).storyId()),
        ms.size(),
        original == null ? null : nav(original),
        others,
        nearestOriginal(s, at, -1),
        nearestOriginal(s, at, +1));
  }

  /**
   * The nearest original report before ({@code step} -1) or after (+1) position {@code at}: a
   * reader stepping through a story wants its reports, not the copies that add nothing.
   */
  private static NavLink nearestOriginal(Loaded s, int at, int step) {
    if (at < 0) {
      return null;
    }
    List<StoryMember> ms = s.members();
    for (int i = at + step; i >= 0 && i < ms.size(); i += step) {
      if (!ms.get(i).isCopy()) {
        return nav(s.article(ms.get(i)));
      }
    }
    return null;
  }

  static StoryView.Report report(StoredArticle a, List<StoryView.Report> copies) {
    return report(a, copies, false);
  }

  static StoryView.Report report(StoredArticle a, List<StoryView.Report> copies, boolean copy) {
    return new StoryView.Report(
        a.id(),
        Links.article(a.id()),
        ArticleViews.titleOrPlaceholder(a.displayTitle()),
        ArticleViews.titleLang(a),
        ArticleViews.outletLine(a),
        Times.of(a.sortTime()),
        copies,
        copy);
  }

  private static NavLink nav(StoredArticle a) {
    return new NavLink(Links.article(a.id()), ArticleViews.titleOrPlaceholder(a.displayTitle()));
  }

  /** A person, organisation or place (not a topic). */
  static boolean entity(Tag t) {
    return t.kind() != Tag.Kind.TOPIC;
  }

  /** Tags by how many of the story's reports carry them, then first seen. */
  static List<Tag> topTags(Loaded s) {
    return topTags(s, t -> true);
  }

  /** The tags {@code which} accepts, by how many reports carry them, then first seen. */
  static List<Tag> topTags(Loaded s, java.util.function.Predicate<Tag> which) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Tag> bySlug = new LinkedHashMap<>();
    for (StoredArticle a : s.articles().values()) {
      for (Tag t : new LinkedHashSet<>(a.tags())) {
        counts.merge(t.slug(), 1, Integer::sum);
        bySlug.putIfAbsent(t.slug(), t);
      }
    }
    return bySlug.values().stream()
        .filter(which)
        .sorted((x, y) -> counts.get(y.slug()) - counts.get(x.slug()))
        .limit(STORY_TAGS)
        .toList();
  }
}
