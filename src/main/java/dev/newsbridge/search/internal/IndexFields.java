package dev.newsbridge.search.internal;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The index schema: which field holds what, how each is analysed, and how much a match in it
 * counts. Originals are analysed with smartcn (Chinese word segmentation; Latin words are
 * lower-cased, so it copes with mixed text) after Traditional characters are read as Simplified,
 * English text with the English analyzer (stemming, stop words). The same analyzer serves indexing
 * and queries, so a query is analysed per field.
 */
public final class IndexFields {

  /** The article id as an exact term: the key {@code updateDocument} replaces by. */
  public static final String ID = "id";

  /** The article id as a numeric doc value, for listing indexed ids cheaply. */
  public static final String ID_VALUE = "id_value";

  public static final String TITLE_ORIGINAL = "title_original";
  public static final String BODY_ORIGINAL = "body_original";
  public static final String TITLE_EN = "title_en";
  public static final String BODY_EN = "body_en";
  public static final String TAGS_EN = "tags_en";

  /** Field boosts: a hit in a headline outweighs one in a tag, which outweighs one in the body. */
  public static final Map<String, Float> WEIGHTS =
      Map.of(
          TITLE_ORIGINAL, 3f,
          TITLE_EN, 3f,
          TAGS_EN, 2f,
          BODY_ORIGINAL, 1f,
          BODY_EN, 1f);

  /**
   * Commit data key recording how the index's text was analysed, and the current value. Raise the
   * value whenever {@link #analyzer} changes what terms a text gives: an index analysed otherwise
   * is emptied when opened, and the start-up reconciliation re-indexes every article from the
   * database (2: Traditional characters read as Simplified).
   */
  public static final String ANALYSIS_KEY = "newsbridge.analysis";

  public static final String ANALYSIS = "2";

  private IndexFields() {}

  /** A new analyzer for every text field; the caller closes it. */
  public static Analyzer analyzer() {
    Analyzer chinese = simplifiedFirst(new SmartChineseAnalyzer());
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(TITLE_ORIGINAL, chinese, BODY_ORIGINAL, chinese));
  }

  /** {@code chinese}, reading Traditional characters as Simplified ({@link SimplifiedCharFilter}). */
  private static Analyzer simplifiedFirst(Analyzer chinese) {
    return new AnalyzerWrapper(chinese.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chinese;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }

      @Override
      protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }
    };
  }
}
