package dev.newsbridge.store;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceKind;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store port: sources, articles and ingest bookkeeping. The database is the source of truth;
 * the search index can always be rebuilt from it. SQLite is the embedded implementation.
 */
public interface ArticleStore extends AutoCloseable {

  // --- sources

  /** Adds a source, or returns the existing one with the same URL. */
  Source addSource(String name, URI url, String language, boolean allowPrivateHosts);

  /**
   * Adds a source of the given kind, or returns the existing one with the same URL (its kind
   * unchanged). Implementations that predate source kinds store a feed.
   */
  default Source addSource(
      String name, URI url, String language, boolean allowPrivateHosts, SourceKind kind) {
    return addSource(name, url, language, allowPrivateHosts);
  }

  List<Source> sources();

  Optional<Source> source(long id);

  void recordSourceSuccess(long sourceId, Instant at);

  void recordSourceFailure(long sourceId, String error, Instant at);

  /**
   * Plans the source's next fetch (shown as {@code SourceHealth.nextAttemptAt}); null means as soon
   * as possible. Implementations without a schedule ignore it.
   */
  default void scheduleSource(long sourceId, Instant nextAttemptAt) {}

  /**
   * The hash of the source's document last read in full (the conditional-GET fallback when a server
   * sends no validators), or empty. Implementations without it always answer empty.
   */
  default Optional<String> contentHash(long sourceId) {
    return Optional.empty();
  }

  /** Remembers the hash of the source's document after all its items were handled. */
  default void saveContentHash(long sourceId, String hash) {}

  /** Cache validators last seen for a URL (feeds), or {@link Validators#NONE}. */
  Validators validators(URI url);

  void saveValidators(URI url, Validators validators);

  // --- articles

  /** Whether an article with this URL (canonical or as fetched) is stored. */
  boolean containsUrl(URI url);

  /**
   * Stores an article in one transaction. Articles are unique by URL: storing one whose URL is
   * already stored changes nothing and returns the existing id.
   */
  long save(NewArticle article);

  /**
   * Stores several articles in one transaction where the store can (issue #5: one durable commit,
   * one fsync, for all): when this returns, every one is stored; when it throws, none of them is.
   * Each article as in {@link #save}. The default saves them one at a time.
   *
   * @return the ids, in the order given
   */
  default List<Long> saveAll(List<NewArticle> articles) {
    return articles.stream().map(this::save).toList();
  }

  /** Remembers {@code fetchedUrl} as an alias of a stored article (e.g. feed link vs canonical). */
  void addAlias(long articleId, URI fetchedUrl);

  Optional<StoredArticle> article(long id);

  /** The articles with these ids, in the order given; unknown ids are skipped. */
  List<StoredArticle> articles(Collection<Long> ids);

  /** All articles, newest first. */
  ArticlePage latest(int limit, int offset);

  ArticlePage bySource(long sourceId, int limit, int offset);

  ArticlePage byTag(String slug, int limit, int offset);

  Optional<Tag> tag(String slug);

  /** Previous/next article within the same source, by publication time. */
  Neighbours neighbours(long articleId);

  /** Ids of every stored article (for index reconciliation). */
  List<Long> allIds();

  /**
   * Stores a translation made after the article was saved (a retry after the engine failed) and
   * replaces its tags, in one transaction. The caller re-indexes the article afterwards.
   *
   * @throws IllegalArgumentException when no article has this id
   */
  void saveTranslation(long articleId, Translation translation, List<Tag> tags);

  /**
   * Queues for re-translation every non-English article whose original title or text contains
   * {@code term}, a glossary headword just added or changed; the next ingest pass translates them
   * again (they appear in {@link #pendingTranslations}) and leaves every other article alone.
   *
   * @return how many articles were queued
   */
  default int requestRetranslation(String term) {
    throw new UnsupportedOperationException("re-translation queue not supported");
  }

  /** Ids of non-English articles still waiting for a translation, oldest first, at most limit. */
  List<Long> pendingTranslations(int limit);

  // --- stories (issue #6; V3__stories.sql)

  /** Records (or replaces) an article's place in a story. */
  void saveStoryMember(StoryMember member);

  /** Moves every article of the stories {@code from} into story {@code into}, in one transaction. */
  void mergeStories(long into, Collection<Long> from);

  /**
   * The story that story {@code storyId} was merged into (and lives on in now), or empty when it
   * was never merged away. Implementations that keep no record of merges answer empty.
   */
  default Optional<Long> mergedInto(long storyId) {
    return Optional.empty();
  }

  /**
   * Moves every article of the events {@code from} into event {@code into}, in one transaction
   * (reports found to be of one event). Implementations without it refuse.
   */
  default void mergeEvents(long into, Collection<Long> from) {
    throw new UnsupportedOperationException("merging events not supported");
  }

  /**
   * Notes whether a placed article was placed without English text (its translation pending), so
   * that it is placed again once translated, across restarts. Implementations without the note
   * ignore it.
   */
  default void markPlacedWithoutEnglish(long articleId, boolean without) {}

  /** The articles noted as placed without English text and not placed again since. */
  default Set<Long> placedWithoutEnglish() {
    return Set.of();
  }

  /** The article's place in a story, or empty when it has none yet. */
  Optional<StoryMember> storyMember(long articleId);

  /** A story's articles, oldest report first; empty when there is no such story. */
  List<StoryMember> storyMembers(long storyId);

  /** Every article's place, oldest report first (to rebuild the clusterer at start-up). */
  List<StoryMember> allStoryMembers();

  /**
   * Stories by size and freshness, highest first: a story's weight is its number of original
   * reports (copies add nothing), halved for every {@code StorySql.FRESHNESS_HALF_LIFE_HOURS} hours
   * between its latest report and now. All stories age alike, so the order does not depend on now:
   * it is {@code log2(originals) + latest report's hours / half-life}, ties newest first.
   */
  StoryPage latestStories(int limit, int offset);

  /**
   * Records one placement in one transaction: merges the stories {@code merged} into {@code into}
   * (when there are any), then saves {@code places} (the placed article's, and those of the copies
   * now pointing to it). The default does the same steps one by one.
   */
  default void recordStoryPlaces(long into, Collection<Long> merged, List<StoryMember> places) {
    if (!merged.isEmpty()) {
      mergeStories(into, merged);
    }
    places.forEach(this::saveStoryMember);
  }

  // --- failures to retry

  void recordFailedItem(long sourceId, URI url, String error, Instant at);

  void clearFailedItem(URI url);

  List<FailedItem> failedItems();

  @Override
  void close();
}
