package dev.newsbridge.search;

import dev.newsbridge.search.internal.ArticleDocument;
import dev.newsbridge.search.internal.IndexFields;
import dev.newsbridge.search.internal.UserQueryParser;
import dev.newsbridge.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded search index: a Lucene index in its own directory. One {@link IndexWriter} (thread
 * safe) takes updates; a {@link SearcherManager} hands out near-real-time searchers, refreshed on
 * {@link #commit()}. Only {@link #commit()} makes changes durable (closing does not commit), so the
 * index never runs ahead of the database; {@link IndexReconciler} fills any gap on start. When
 * Lucene closes the writer after a failed write (a full disk), the next call opens a new one at the
 * last commit, so the index works again once there is room, without a restart.
 *
 * <p>Queries: see {@link UserQueryParser} for the syntax and the input limits. Results are ranked
 * by relevance; the total is exact.
 */
public final class LuceneSearchIndex implements SearchIndex {

  /** Deepest result reachable by paging (offset + limit); deeper pages cost memory per query. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

  private final Path dir;
  private final Analyzer analyzer;
  private final Directory directory;
  private final AtomicReference<Writer> current;
  private final UserQueryParser parser;

  /** The writer and the searchers it feeds; replaced together when Lucene closes the writer. */
  private record Writer(IndexWriter writer, SearcherManager searchers) {}

  private LuceneSearchIndex(Path dir, Analyzer analyzer, Directory directory, Writer writer) {
    this.dir = dir;
    this.analyzer = analyzer;
    this.directory = directory;
    this.current = new AtomicReference<>(writer);
    this.parser = new UserQueryParser(analyzer);
  }

  /**
   * Opens the index in {@code indexDir} at its last commit, creating the directory and an empty
   * index as needed.
   *
   * @throws SearchIndexException naming the directory and the cause (unwritable, locked by another
   *     writer, corrupt)
   */
  public static LuceneSearchIndex open(Path indexDir) {
    Path dir = indexDir.toAbsolutePath().normalize();
    Analyzer analyzer = IndexFields.analyzer();
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      return new LuceneSearchIndex(dir, analyzer, directory, openWriter(dir, directory, analyzer));
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory, analyzer);
      throw new SearchIndexException("Cannot open search index " + dir + ": " + describe(e), e);
    }
  }

  /** A writer at the directory's last commit, and its searchers. */
  private static Writer openWriter(Path dir, Directory directory, Analyzer analyzer)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(directory, config);
    try {
      emptyIfAnalysedOtherwise(dir, writer);
      writer.commit(); // a brand-new index gets a first (empty) commit, so readers can open it
      return new Writer(writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException e) {
      closeQuietly(writer);
      throw e;
    }
  }

  /**
   * Deletes every document when the index's text was analysed otherwise than {@link
   * IndexFields#analyzer} analyses it now (an older Newsbridge wrote it): its terms would not match
   * today's queries. The database keeps the articles, and the start-up reconciliation ({@link
   * IndexReconciler}) indexes them again. Marks the index as analysed by the current version.
   */
  private static void emptyIfAnalysedOtherwise(Path dir, IndexWriter writer) throws IOException {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    if (IndexFields.ANALYSIS.equals(data.get(IndexFields.ANALYSIS_KEY))) {
      return;
    }
    if (writer.getDocStats().numDocs > 0) {
      log.info("search index {} was analysed by an older version: emptied; its articles are"
          + " re-indexed from the database", dir);
      writer.deleteAll();
    }
    data.put(IndexFields.ANALYSIS_KEY, IndexFields.ANALYSIS);
    writer.setLiveCommitData(data.entrySet());
  }

  /**
   * The open writer. Lucene closes a writer for good after a failed flush or merge (a full disk:
   * a "tragic event"); then a new one is opened at the last commit, so a long-running desk indexes
   * again once the disk has room, without a restart. What was indexed after that commit is lost
   * from the index only: the database keeps it and {@link IndexReconciler} puts it back.
   */
  private Writer live() {
    Writer w = current.get();
    if (w.writer().isOpen()) {
      return w;
    }
    synchronized (current) {
      w = current.get();
      if (w.writer().isOpen()) {
        return w;
      }
      Throwable tragedy = w.writer().getTragicException();
      try {
        Writer fresh = openWriter(dir, directory, analyzer);
        current.set(fresh);
        closeQuietly(w.searchers(), w.writer());
        log.warn("search index {} reopened at its last commit after: {}", dir,
            tragedy == null ? "the writer closed" : describe(tragedy));
        return fresh;
      } catch (IOException | RuntimeException e) {
        throw failure("reopen after " + (tragedy == null ? "close" : describe(tragedy)), e);
      }
    }
  }

  @Override
  public void index(StoredArticle article) {
    Objects.requireNonNull(article, "article");
    try {
      live().writer().updateDocument(
          ArticleDocument.idTerm(article.id()), ArticleDocument.of(article));
    } catch (IOException | RuntimeException e) {
      throw failure("index article " + article.id(), e);
    }
  }

  @Override
  public void commit() {
    try {
      Writer w = live();
      w.writer().commit();
      w.searchers().maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      throw failure("commit", e);
    }
  }

  @Override
  public SearchHits search(String query, int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException(
          "limit and offset must be >= 0, got limit=" + limit + ", offset=" + offset);
    }
    if ((long) limit + offset > MAX_RESULT_WINDOW) {
      throw new IllegalArgumentException(
          "Results beyond " + MAX_RESULT_WINDOW + " cannot be paged to; refine the query");
    }
    Query parsed = parser.parse(query);
    return withSearcher(searcher -> run(searcher, parsed, limit, offset));
  }

  @Override
  public Set<Long> indexedIds() {
    return withSearcher(LuceneSearchIndex::allIds);
  }

  @Override
  public void close() {
    Writer w = current.get();
    closeQuietly(w.searchers(), w.writer(), directory, analyzer);
  }

  @Override
  public String toString() {
    return "LuceneSearchIndex[" + dir + "]";
  }

  private static SearchHits run(IndexSearcher searcher, Query query, int limit, int offset)
      throws IOException {
    if (limit == 0) {
      return new SearchHits(List.of(), searcher.count(query));
    }
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(offset + limit, Integer.MAX_VALUE));
    List<Long> ids = new ArrayList<>(limit);
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = offset; i < docs.length; i++) {
      ids.add(Long.parseLong(searcher.storedFields().document(docs[i].doc).get(IndexFields.ID)));
    }
    return new SearchHits(ids, top.totalHits.value);
  }

  private static Set<Long> allIds(IndexSearcher searcher) throws IOException {
    Set<Long> ids = new HashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
      Bits live = leaf.reader().getLiveDocs();
      if (values == null) {
        continue;
      }
      for (int doc = values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          ids.add(values.longValue());
        }
      }
    }
    return ids;
  }

  /** A read against one searcher, released afterwards. */
  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    SearcherManager searchers;
    IndexSearcher searcher;
    try {
      searchers = live().searchers();
      searcher = searchers.acquire();
    } catch (IOException | RuntimeException e) {
      throw failure("open a searcher", e);
    }
    try {
      return work.run(searcher);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException(
          "Search query too complex: it expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " clauses",
          e);
    } catch (IOException e) {
      throw failure("search", e);
    } finally {
      releaseQuietly(searchers, searcher);
    }
  }

  private static void releaseQuietly(SearcherManager searchers, IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException ignored) {
      // Releasing only decrements a reference count; a failure here changes no result.
    }
  }

  private SearchIndexException failure(String what, Exception e) {
    return new SearchIndexException(
        "Search index " + dir + " failed to " + what + ": " + describe(e), e);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() != null ? e.getMessage() : "no message";
    return message + " (" + e.getClass().getSimpleName() + ")";
  }

  private static void closeQuietly(AutoCloseable... resources) {
    for (AutoCloseable resource : resources) {
      if (resource == null) {
        continue;
      }
      try {
        resource.close();
      } catch (Exception ignored) {
        // Shutting down: keep closing the rest.
      }
    }
  }
}
