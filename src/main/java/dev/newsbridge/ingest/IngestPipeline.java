package dev.newsbridge.ingest;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.Fetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.search.IndexReconciler;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.source.Feed;
import dev.newsbridge.source.FeedEntry;
import dev.newsbridge.source.FeedException;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceReaders;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.FailedItem;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.store.StoredArticle;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest pass over the sources: read each feed, then fetch, process, store and index every
 * article not stored yet. Every failure is recorded on its item (or its source) and the pass goes
 * on; failed items are retried on the next pass, so nothing is lost.
 *
 * <p>Order matters for durability: an article is committed to the database before it is indexed,
 * and a feed's cache validators are saved only after all of its items were handled, so a crash
 * mid-pass never makes the next pass skip an article.
 */
public final class IngestPipeline {
  private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

  private final ArticleStore store;
  private final SearchIndex index;
  private final Function<Source, Fetcher> fetcherFor;
  private final Map<Fetcher, SourceReaders> readers =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ArticleProcessor processor;
  private final InstantSource clock;
  private final StageTimes stageTimes = new StageTimes();
  private final ItemWorkers workers;
  private final java.util.function.Consumer<StoredArticle> afterStore;

  /**
   * An index write failed since the last reconcile (a full disk), so the index may lack stored
   * articles, also ones it had taken before Lucene rolled back to its last commit. Set and read on
   * the writer thread; cleared by a successful reconcile at the end of a source's pass.
   */
  private boolean indexBehind;

  public IngestPipeline(
      ArticleStore store,
      SearchIndex index,
      Function<Source, Fetcher> fetcherFor,
      Stages stages,
      InstantSource clock) {
    this(store, index, fetcherFor, stages, clock, 1, article -> {});
  }

  /**
   * A pipeline preparing up to {@code workers} articles at once (fetch, extract, translate, tag on
   * worker threads; store and index stay on the calling thread, in feed order). One worker runs
   * everything on the calling thread. The pool's threads are daemons and end when idle.
   */
  public IngestPipeline(
      ArticleStore store,
      SearchIndex index,
      Function<Source, Fetcher> fetcherFor,
      Stages stages,
      InstantSource clock,
      int workers) {
    this(store, index, fetcherFor, stages, clock, workers, article -> {});
  }

  /**
   * A one-worker pipeline with {@code afterStore} run on each article once it is stored and
   * indexed (the story stage places it).
   */
  public IngestPipeline(
      ArticleStore store,
      SearchIndex index,
      Function<Source, Fetcher> fetcherFor,
      Stages stages,
      InstantSource clock,
      java.util.function.Consumer<StoredArticle> afterStore) {
    this(store, index, fetcherFor, stages, clock, 1, afterStore);
  }

  /**
   * The full form: {@code workers} as above, and {@code afterStore} run on each stored article,
   * and again on an article once its pending translation is stored. A failure in {@code
   * afterStore} is logged and never fails the article: it is stored.
   */
  public IngestPipeline(
      ArticleStore store,
      SearchIndex index,
      Function<Source, Fetcher> fetcherFor,
      Stages stages,
      InstantSource clock,
      int workers,
      java.util.function.Consumer<StoredArticle> afterStore) {
    this.workers = new ItemWorkers(workers);
    this.afterStore = afterStore;
    this.store = store;
    this.index = index;
    this.fetcherFor = fetcherFor;
    this.processor =
        new ArticleProcessor(
            stages.extractor(),
            stages.languageDetector(),
            stages.translator(),
            stages.tagger(),
            clock,
            stageTimes);
    this.clock = clock;
  }

  /** Time per stage since this pipeline was made (or last reset), for benchmarks. */
  public StageTimes stageTimes() {
    return stageTimes;
  }

  /**
   * At most this many prepared articles are stored in one transaction: {@value}. Each commit is
   * durable ({@code synchronous=FULL}, an fsync); articles that are ready together share it, and
   * each is reported stored only after that commit returns. A batch forms only from articles
   * already prepared, so none waits for a later one.
   */
  static final int COMMIT_BATCH = 16;

  /** At most this many pending translations are retried per pass: {@value}. */
  static final int TRANSLATION_RETRIES_PER_PASS = 100;

  /**
   * Ingests every source once, in the order they were added, after retrying the translations that
   * failed on earlier passes.
   */
  public IngestReport ingestAll(IngestListener listener) {
    retryPendingTranslations();
    IngestReport total = IngestReport.empty();
    for (Source source : store.sources()) {
      total = total.plus(ingest(source, listener));
    }
    return total;
  }

  /** Ingests one source: its new feed entries and its failed items from earlier passes. */
  public IngestReport ingest(Source source, IngestListener listener) {
    Instant start = clock.instant();
    Fetcher fetcher = fetcherFor.apply(source);
    FeedRead read;
    try {
      read = readFeed(source, fetcher);
    } catch (FetchException | FeedException | RuntimeException e) {
      recordSourceFailureQuietly(source, reasonOf(e));
      listener.sourceFailed(source, reasonOf(e));
      Duration retryAfter = e instanceof FetchException f ? f.retryAfter() : null;
      return new IngestReport(1, 0, 1, 0, 0, Duration.between(start, clock.instant()), retryAfter);
    }
    List<FailedItem> failedBefore = store.failedItems();
    Map<URI, FeedEntry> items = itemsToFetch(read.feed(), failedUrls(failedBefore, source));
    Set<URI> toClear = failedUrls(failedBefore, null);
    if (read.notModified()) {
      listener.sourceUnchanged(source);
    }
    listener.sourceRead(source, items.size());
    PassTally tally = new PassTally();
    workers.runBatched(
        items.entrySet().stream()
            .<java.util.function.Supplier<Prepared>>map(
                item -> () -> prepare(source, fetcher, item.getKey(), item.getValue()))
            .iterator(),
        batch -> commitBatch(source, batch, toClear, listener, tally),
        COMMIT_BATCH);
    try {
      finishSource(source, read, tally);
    } catch (RuntimeException e) {
      // The database or index refused the source's last writes (a full disk): the source failed
      // this time; its items are found again in the feed on the next pass.
      recordSourceFailureQuietly(source, reasonOf(e));
      listener.sourceFailed(source, reasonOf(e));
      Duration took = Duration.between(start, clock.instant());
      return new IngestReport(1, 0, 1, tally.stored, items.size() - tally.stored, took, null);
    }
    return new IngestReport(
        1,
        read.notModified() ? 1 : 0,
        0,
        tally.stored,
        items.size() - tally.stored,
        Duration.between(start, clock.instant()));
  }

  /** What one source's pass did so far, on the writer thread. */
  private static final class PassTally {
    int stored;
    /** Failures that could not even be recorded (the database refused the write). */
    int unrecorded;
  }

  /**
   * Commits the index and saves the feed's validators and hash. When a failure could not be
   * recorded, the validators and hash are not saved: the next pass then reads the feed in full and
   * finds the unrecorded items again, instead of a 304 hiding them for good.
   */
  private void finishSource(Source source, FeedRead read, PassTally tally) {
    commitIndex();
    if (indexBehind) {
      int added = IndexReconciler.reconcile(store, index);
      indexBehind = false;
      log.info("search index caught up with the database: {} article(s) indexed", added);
    }
    if (tally.unrecorded == 0) {
      if (read.validators() != null) {
        store.saveValidators(source.url(), read.validators());
      }
      if (read.contentHash() != null) {
        store.saveContentHash(source.id(), read.contentHash());
      }
    }
    store.recordSourceSuccess(source.id(), clock.instant());
  }

  /** Commits the index; a failed commit (a full disk) leaves it behind the database. */
  private void commitIndex() {
    try {
      index.commit();
    } catch (RuntimeException e) {
      indexBehind = true;
      throw e;
    }
  }

  private void recordSourceFailureQuietly(Source source, String reason) {
    log.warn("source {} ({}) failed: {}", source.name(), source.url(), reason);
    try {
      store.recordSourceFailure(source.id(), reason, clock.instant());
    } catch (RuntimeException e) {
      log.error("source {}: its failure could not be recorded either: {}", source.name(),
          reasonOf(e));
    }
  }

  /**
   * Translates articles stored while their translation was pending (the engine was down).
   *
   * @return how many were translated now
   */
  public int retryPendingTranslations() {
    int translated = 0;
    for (long id : store.pendingTranslations(TRANSLATION_RETRIES_PER_PASS)) {
      if (processor.translationPaused()) {
        break; // the engine failed or asked us to wait: the rest stay pending for a later pass
      }
      try {
        if (retranslate(id)) {
          translated++;
        }
      } catch (RuntimeException e) {
        // The store refused the write (a full disk): the rest stay pending for a later pass.
        log.warn("pending translation of article {} not saved: {}", id, reasonOf(e));
        break;
      }
    }
    if (translated > 0) {
      log.info("translated {} article(s) whose translation was pending", translated);
      try {
        commitIndex();
      } catch (RuntimeException e) {
        log.warn("search index not committed (reconciled after the next source): {}",
            reasonOf(e));
      }
    }
    return translated;
  }

  private boolean retranslate(long id) {
    Optional<StoredArticle> article = store.article(id);
    Optional<ArticleProcessor.Retranslated> result = article.flatMap(
        a -> processor.retranslate(a, store.source(a.sourceId()).orElse(null)));
    if (result.isEmpty()) {
      return false;
    }
    store.saveTranslation(id, result.get().translation(), result.get().tags());
    Optional<StoredArticle> translatedNow = store.article(id);
    translatedNow.ifPresent(this::indexQuietly);
    translatedNow.ifPresent(this::runAfterStore); // stories: revisit its place (issue #6)
    return true;
  }

  /** Indexes a stored article; a failed index write leaves the index behind, reconciled later. */
  private void indexQuietly(StoredArticle stored) {
    try {
      long t = StageTimes.start();
      index.index(stored);
      stageTimes.stop(StageTimes.Stage.INDEX, t);
    } catch (RuntimeException e) {
      indexBehind = true;
      log.warn("article {} stored but not indexed yet: {}", stored.id(), reasonOf(e));
    }
  }

  /**
   * @param notModified the server said 304, or the document's hash is the one last read in full
   * @param contentHash the document's hash, null after a 304
   */
  private record FeedRead(
      Feed feed, Validators validators, boolean notModified, String contentHash) {}

  private FeedRead readFeed(Source source, Fetcher fetcher) throws FetchException, FeedException {
    FetchedResource resource = fetcher.fetch(source.url(), store.validators(source.url()));
    if (resource.notModified()) {
      return new FeedRead(new Feed(null, List.of()), null, true, null);
    }
    String hash = ContentHash.of(resource.body());
    if (store.contentHash(source.id()).filter(hash::equals).isPresent()) {
      return new FeedRead(new Feed(null, List.of()), resource.validators(), true, hash);
    }
    SourceReaders reader = readers.computeIfAbsent(fetcher, SourceReaders::new);
    return new FeedRead(reader.read(resource), resource.validators(), false, hash);
  }

  /** New feed entries first (feed order), then this source's failed items due for retry. */
  private Map<URI, FeedEntry> itemsToFetch(Feed feed, Set<URI> failedBefore) {
    Map<URI, FeedEntry> items = new LinkedHashMap<>();
    for (FeedEntry entry : feed.entries()) {
      if (!store.containsUrl(entry.link())) {
        items.putIfAbsent(entry.link(), entry);
      }
    }
    for (URI failed : failedBefore) {
      if (!store.containsUrl(failed)) {
        items.putIfAbsent(failed, null);
      }
    }
    return items;
  }

  /** The URLs of {@code source}'s failed items, or of every source's when it is null. */
  private static Set<URI> failedUrls(List<FailedItem> failedItems, Source source) {
    Set<URI> urls = new LinkedHashSet<>();
    for (FailedItem failed : failedItems) {
      if (source == null || failed.sourceId() == source.id()) {
        urls.add(failed.url());
      }
    }
    return urls;
  }

  /** An item after fetch and processing, or the reason it failed; made on a worker thread. */
  private record Prepared(URI url, NewArticle article, String failure) {}

  private Prepared prepare(Source source, Fetcher fetcher, URI url, FeedEntry hints) {
    try {
      long t = StageTimes.start();
      FetchedResource page = fetcher.fetch(url, Validators.NONE);
      stageTimes.stop(StageTimes.Stage.FETCH, t);
      return new Prepared(url, FeedHints.apply(processor.process(source, page), hints), null);
    } catch (FetchException | UnusableArticleException | RuntimeException e) {
      String reason = reasonOf(e);
      return new Prepared(url, null, reason);
    }
  }

  /**
   * Stores a batch of prepared items in one transaction, then indexes each and reports it stored;
   * records the failures. When the batch's transaction fails, each item is tried on its own, so one
   * bad article never fails the others. On the one writer thread.
   */
  private void commitBatch(Source source, List<Prepared> batch, Set<URI> toClear,
      IngestListener listener, PassTally tally) {
    List<Prepared> ready = batch.stream().filter(p -> p.failure() == null).toList();
    List<Long> ids = saveTogether(ready);
    int next = 0;
    for (Prepared item : batch) {
      boolean failedBefore = toClear.contains(item.url());
      if (item.failure() != null) {
        commit(source, item, null, failedBefore, listener, tally);
      } else {
        Long id = ids == null ? null : ids.get(next++);
        commit(source, item, id, failedBefore, listener, tally);
      }
    }
  }

  /** The ids of {@code ready}, stored in one transaction; null when that transaction failed. */
  private List<Long> saveTogether(List<Prepared> ready) {
    if (ready.size() < 2) {
      return null; // one article: commit() saves it and records its own failure
    }
    try {
      long t = StageTimes.start();
      List<Long> ids = store.saveAll(ready.stream().map(Prepared::article).toList());
      stageTimes.stop(StageTimes.Stage.STORE, t);
      return ids;
    } catch (RuntimeException e) {
      log.warn("storing {} articles together failed, storing one by one: {}", ready.size(),
          e.getMessage());
      return null;
    }
  }

  /**
   * Indexes an item already stored as {@code id} (or stores it first when {@code id} is null) and
   * reports it, or records its failure. The failed-item record is cleared only for an item that
   * had one: clearing is a write transaction, and with {@code synchronous=FULL} each costs an fsync
   * (issue #5: it doubled the writer's commits).
   */
  private void commit(Source source, Prepared item, Long id, boolean failedBefore,
      IngestListener listener, PassTally tally) {
    String reason = item.failure();
    if (reason == null) {
      try {
        long t = StageTimes.start();
        StoredArticle stored = save(item.url(), item.article(), id);
        stageTimes.stop(StageTimes.Stage.STORE, t);
        afterSave(source, item.url(), stored, failedBefore, listener, tally);
        return;
      } catch (RuntimeException e) {
        reason = reasonOf(e);
      }
    }
    log.warn("article {} from {} failed, will retry: {}", item.url(), source.name(), reason);
    listener.articleFailed(source, item.url(), reason);
    try {
      store.recordFailedItem(source.id(), item.url(), reason, clock.instant());
    } catch (RuntimeException e) {
      tally.unrecorded++;
      log.error("article {}: its failure could not be recorded ({}); the next pass reads the feed"
          + " in full and finds it again", item.url(), reasonOf(e));
    }
  }

  /**
   * Indexes, places and reports an article the database holds. Nothing here can fail the article:
   * the database is the source of truth, so an index write that fails (a full disk) leaves the
   * index behind, and the end of the pass reconciles it.
   */
  private void afterSave(Source source, URI fetchedUrl, StoredArticle stored,
      boolean failedBefore, IngestListener listener, PassTally tally) {
    indexQuietly(stored);
    runAfterStore(stored);
    if (failedBefore) {
      try {
        store.clearFailedItem(fetchedUrl);
      } catch (RuntimeException e) {
        log.warn("article {} stored; its old failure record stays for now: {}", stored.id(),
            reasonOf(e));
      }
    }
    listener.articleStored(source, stored);
    tally.stored++;
  }

  // Stories (issue #6): placing an article in a story never undoes storing it.
  private void runAfterStore(StoredArticle stored) {
    try {
      afterStore.accept(stored);
    } catch (RuntimeException e) {
      log.warn("article {} stored, but its after-store step failed: {}", stored.id(), e.toString());
    }
  }

  private StoredArticle save(URI fetchedUrl, NewArticle article, Long savedAs) {
    long id = savedAs != null ? savedAs : store.save(article);
    if (!fetchedUrl.equals(article.original().url())) {
      store.addAlias(id, fetchedUrl);
    }
    return store.article(id).orElseThrow();
  }

  /** What a failure says, for the item's record and the log; a message-less one by its type. */
  private static String reasonOf(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
