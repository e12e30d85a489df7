package dev.newsbridge.store;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceKind;
import dev.newsbridge.store.internal.ArticleQueries;
import dev.newsbridge.store.internal.ArticleWrites;
import dev.newsbridge.store.internal.DataDirectory;
import dev.newsbridge.store.internal.FailedItemSql;
import dev.newsbridge.store.internal.NewArticleCheck;
import dev.newsbridge.store.internal.SourceSql;
import dev.newsbridge.store.internal.SqliteDatabase;
import dev.newsbridge.store.internal.StorySql;
import dev.newsbridge.store.internal.TagSql;
import dev.newsbridge.store.internal.RetranslationSql;
import dev.newsbridge.store.internal.TranslationWrites;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded store: one SQLite file, {@value #DATABASE_FILE}, in the data directory. Writes go
 * through a single connection, one transaction per call; reads use separate connections and are
 * safe from any thread while ingest writes. Durability and pragmas: see {@link SqliteDatabase}.
 */
public final class SqliteArticleStore implements ArticleStore {

  /** The database file's name inside the data directory. */
  public static final String DATABASE_FILE = "newsbridge.db";

  private final SqliteDatabase db;
  private final InstantSource clock;

  private SqliteArticleStore(SqliteDatabase db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Opens the store in {@code dataDir}, creating the directory and the database as needed.
   *
   * @throws StoreException naming the path and the cause when the directory cannot be created or
   *     written, or the database cannot be opened
   */
  public static SqliteArticleStore open(Path dataDir) {
    return open(dataDir, InstantSource.system());
  }

  /** As {@link #open(Path)}, with the clock that stamps when sources are added. */
  public static SqliteArticleStore open(Path dataDir, InstantSource clock) {
    Path dir = DataDirectory.prepare(dataDir);
    return new SqliteArticleStore(SqliteDatabase.open(dir.resolve(DATABASE_FILE)), clock);
  }

  /** The database file, for operators and diagnostics. */
  public Path databaseFile() {
    return db.file();
  }

  // --- sources

  @Override
  public Source addSource(String name, URI url, String language, boolean allowPrivateHosts) {
    return addSource(name, url, language, allowPrivateHosts, SourceKind.FEED);
  }

  @Override
  public Source addSource(
      String name, URI url, String language, boolean allowPrivateHosts, SourceKind kind) {
    requireText(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Instant now = clock.instant();
    return db.write(c -> SourceSql.add(c, name, url, language, allowPrivateHosts, kind, now));
  }

  @Override
  public List<Source> sources() {
    return db.read(c -> SourceSql.all(c, clock.instant()));
  }

  @Override
  public Optional<Source> source(long id) {
    return db.read(c -> SourceSql.byId(c, id, clock.instant()));
  }

  @Override
  public Optional<String> contentHash(long sourceId) {
    return db.read(c -> SourceSql.contentHash(c, sourceId));
  }

  @Override
  public void saveContentHash(long sourceId, String hash) {
    db.write(c -> run(() -> SourceSql.saveContentHash(c, sourceId, hash)));
  }

  @Override
  public void scheduleSource(long sourceId, Instant nextAttemptAt) {
    db.write(c -> run(() -> SourceSql.schedule(c, sourceId, nextAttemptAt)));
  }

  @Override
  public void recordSourceSuccess(long sourceId, Instant at) {
    Objects.requireNonNull(at, "at");
    db.write(c -> run(() -> SourceSql.recordSuccess(c, sourceId, at)));
  }

  @Override
  public void recordSourceFailure(long sourceId, String error, Instant at) {
    Objects.requireNonNull(at, "at");
    db.write(c -> run(() -> SourceSql.recordFailure(c, sourceId, error, at)));
  }

  @Override
  public Validators validators(URI url) {
    Objects.requireNonNull(url, "url");
    return db.read(c -> SourceSql.validators(c, url));
  }

  @Override
  public void saveValidators(URI url, Validators validators) {
    Objects.requireNonNull(url, "url");
    Validators value = validators == null ? Validators.NONE : validators;
    db.write(c -> run(() -> SourceSql.saveValidators(c, url, value)));
  }

  // --- articles

  @Override
  public boolean containsUrl(URI url) {
    Objects.requireNonNull(url, "url");
    return db.read(c -> ArticleQueries.idByUrl(c, url)).isPresent();
  }

  @Override
  public long save(NewArticle article) {
    NewArticleCheck.validate(article);
    return db.write(c -> ArticleWrites.save(c, article));
  }

  @Override
  public List<Long> saveAll(List<NewArticle> articles) {
    List<NewArticle> batch = List.copyOf(articles);
    batch.forEach(NewArticleCheck::validate);
    return db.write(
        c -> {
          List<Long> ids = new java.util.ArrayList<>(batch.size());
          for (NewArticle article : batch) {
            ids.add(ArticleWrites.save(c, article));
          }
          return ids;
        });
  }

  @Override
  public void addAlias(long articleId, URI fetchedUrl) {
    Objects.requireNonNull(fetchedUrl, "fetchedUrl");
    db.write(c -> run(() -> ArticleWrites.addAlias(c, articleId, fetchedUrl)));
  }

  @Override
  public Optional<StoredArticle> article(long id) {
    return db.read(c -> ArticleQueries.byId(c, id));
  }

  @Override
  public List<StoredArticle> articles(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    return db.read(c -> ArticleQueries.byIds(c, ids));
  }

  @Override
  public ArticlePage latest(int limit, int offset) {
    requirePage(limit, offset);
    return db.read(c -> ArticleQueries.latest(c, limit, offset));
  }

  @Override
  public ArticlePage bySource(long sourceId, int limit, int offset) {
    requirePage(limit, offset);
    return db.read(c -> ArticleQueries.bySource(c, sourceId, limit, offset));
  }

  @Override
  public ArticlePage byTag(String slug, int limit, int offset) {
    Objects.requireNonNull(slug, "slug");
    requirePage(limit, offset);
    return db.read(c -> ArticleQueries.byTag(c, slug, limit, offset));
  }

  @Override
  public Optional<Tag> tag(String slug) {
    Objects.requireNonNull(slug, "slug");
    return db.read(c -> TagSql.bySlug(c, slug));
  }

  @Override
  public Neighbours neighbours(long articleId) {
    return db.read(c -> ArticleQueries.neighbours(c, articleId));
  }

  @Override
  public List<Long> allIds() {
    return db.read(ArticleQueries::allIds);
  }

  // --- translations that arrive later

  @Override
  public void saveTranslation(long articleId, Translation translation, List<Tag> tags) {
    Objects.requireNonNull(translation, "translation");
    List<Tag> checked = List.copyOf(tags);
    NewArticleCheck.validateTags(checked);
    db.write(c -> run(() -> TranslationWrites.save(c, articleId, translation, checked)));
  }

  @Override
  public int requestRetranslation(String term) {
    Objects.requireNonNull(term, "term");
    return db.write(c -> RetranslationSql.request(c, term));
  }

  @Override
  public List<Long> pendingTranslations(int limit) {
    requirePage(limit, 0);
    return db.read(c -> TranslationWrites.pending(c, limit));
  }

  /** The translation cache kept in this store's database (shares its connections). */
  public SqliteTranslationCache translationCache() {
    return new SqliteTranslationCache(db, clock);
  }

  // --- stories

  @Override
  public void saveStoryMember(StoryMember member) {
    Objects.requireNonNull(member, "member");
    db.write(c -> run(() -> StorySql.save(c, member)));
  }

  @Override
  public void mergeStories(long into, Collection<Long> from) {
    List<Long> stories = List.copyOf(from);
    db.write(c -> run(() -> StorySql.merge(c, into, stories)));
  }

  @Override
  public void recordStoryPlaces(long into, Collection<Long> merged, List<StoryMember> places) {
    List<Long> stories = List.copyOf(merged);
    List<StoryMember> members = List.copyOf(places);
    db.write(c -> run(() -> {
      StorySql.merge(c, into, stories);
      for (StoryMember m : members) {
        StorySql.save(c, m);
      }
    }));
  }

  @Override
  public void mergeEvents(long into, Collection<Long> from) {
    List<Long> events = List.copyOf(from);
    db.write(c -> run(() -> StorySql.mergeEvents(c, into, events)));
  }

  @Override
  public void markPlacedWithoutEnglish(long articleId, boolean without) {
    db.write(c -> run(() -> StorySql.markWithoutEnglish(c, articleId, without)));
  }

  @Override
  public Set<Long> placedWithoutEnglish() {
    return db.read(StorySql::withoutEnglish);
  }

  @Override
  public Optional<Long> mergedInto(long storyId) {
    return db.read(c -> StorySql.mergedInto(c, storyId));
  }

  @Override
  public Optional<StoryMember> storyMember(long articleId) {
    return db.read(c -> StorySql.byArticle(c, articleId));
  }

  @Override
  public List<StoryMember> storyMembers(long storyId) {
    return db.read(c -> StorySql.byStory(c, storyId));
  }

  @Override
  public List<StoryMember> allStoryMembers() {
    return db.read(StorySql::all);
  }

  @Override
  public StoryPage latestStories(int limit, int offset) {
    requirePage(limit, offset);
    return db.read(c -> StorySql.latest(c, limit, offset));
  }

  // --- failures to retry

  @Override
  public void recordFailedItem(long sourceId, URI url, String error, Instant at) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(at, "at");
    db.write(c -> run(() -> FailedItemSql.record(c, sourceId, url, error, at)));
  }

  @Override
  public void clearFailedItem(URI url) {
    Objects.requireNonNull(url, "url");
    db.write(c -> run(() -> FailedItemSql.clear(c, url)));
  }

  @Override
  public List<FailedItem> failedItems() {
    return db.read(FailedItemSql::all);
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "SqliteArticleStore[" + db.file() + "]";
  }

  /** A statement with no result, for {@link SqliteDatabase#write}. */
  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }

  private static Void run(SqlAction action) throws SQLException {
    action.run();
    return null;
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static void requirePage(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "limit and offset must be >= 0, got limit=" + limit + ", offset=" + offset);
    }
  }
}
