package dev.newsbridge.cli;

import dev.newsbridge.enrich.EntityKeyphraseTagger;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.ExtractorWarmUp;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.ingest.IngestPipeline;
import dev.newsbridge.ingest.Stages;
import dev.newsbridge.language.LanguageDetector;
import dev.newsbridge.search.IndexReconciler;
import dev.newsbridge.search.LuceneSearchIndex;
import dev.newsbridge.search.SearchIndex;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.config.TranslationConfig;
import dev.newsbridge.translate.Translator;
import dev.newsbridge.translate.cache.CachingTranslator;
import dev.newsbridge.translate.cache.GlossaryVersion;
import dev.newsbridge.translate.engine.Engines;
import dev.newsbridge.translate.UserGlossary;
import java.io.IOException;
import dev.newsbridge.story.StoryService;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The composition root of the embedded desk: SQLite store and Lucene index in one data
 * directory, the configured translator (offline by default) behind the SQLite translation cache,
 * and one fetcher per address policy. Opening it reconciles the
 * index with the database (the database is the truth).
 */
final class Desk implements AutoCloseable {
  private final SqliteArticleStore store;
  private final SearchIndex index;
  private final HttpFetcher publicFetcher;
  private final HttpFetcher privateFetcher;
  private final IngestPipeline pipeline;

  private Desk(Path dataDir, FetchPolicy policy, Translator engine) {
    activateUserGlossary(dataDir);
    this.store = SqliteArticleStore.open(dataDir);
    this.index = LuceneSearchIndex.open(dataDir.resolve("index"));
    IndexReconciler.reconcile(store, index);
    StoryService stories = StoryService.open(store);
    this.publicFetcher = new HttpFetcher(policy.withAllowPrivateHosts(false));
    // Only sources explicitly added with --allow-private may reach loopback/private addresses.
    this.privateFetcher = new HttpFetcher(policy.withAllowPrivateHosts(true));
    ArticleExtractor extractor = new ArticleExtractor();
    // Off the start-up path: the first fetched page then finds the extraction code compiled.
    ExtractorWarmUp.inBackground(extractor);
    Stages stages =
        new Stages(
            extractor,
            new LanguageDetector(),
            // The configured engine, asked only for text it has not translated with this
            // glossary version before; a glossary edit changes the version.
            new CachingTranslator(
                engine,
                store.translationCache(),
                () -> GlossaryVersion.combine(GlossaryVersion.bundled(), UserGlossary.activeVersion())),
            new EntityKeyphraseTagger());
    this.pipeline =
        new IngestPipeline(
            store,
            index,
            source -> source.allowPrivateHosts() ? privateFetcher : publicFetcher,
            stages,
            InstantSource.system(),
            // Articles are prepared on one worker per core (issue #5); one writer regardless.
            Runtime.getRuntime().availableProcessors(),
            stories::assign);
  }

  /** The user's glossary entries (glossary add/import) apply to every translation of this desk. */
  private static void activateUserGlossary(Path dataDir) {
    try {
      UserGlossary.in(dataDir).activate();
    } catch (IOException | RuntimeException e) {
      System.err.println("newsbridge: user glossary not used: " + e.getMessage());
    }
  }

  static Desk open(Path dataDir) {
    return open(dataDir, FetchPolicy.defaults());
  }

  static Desk open(Path dataDir, FetchPolicy policy) {
    return open(dataDir, policy, TranslationConfig.defaults());
  }

  /**
   * @throws IllegalArgumentException when the translation settings are unusable (checked before
   *     the data directory is opened)
   */
  static Desk open(Path dataDir, FetchPolicy policy, TranslationConfig translation) {
    // Built first: a bad engine URL fails before the data directory is touched.
    Translator engine = Engines.translator(translation, InstantSource.system());
    return new Desk(dataDir, policy, engine);
  }

  ArticleStore store() {
    return store;
  }

  SearchIndex index() {
    return index;
  }

  IngestPipeline pipeline() {
    return pipeline;
  }

  @Override
  public void close() {
    closeQuietly(publicFetcher);
    closeQuietly(privateFetcher);
    index.close();
    store.close();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // Closing a fetcher only frees its connection pool.
    }
  }
}
