package dev.newsbridge.search.internal;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a Lucene query, safely. Lucene's {@link SimpleQueryParser} ignores
 * syntax errors instead of throwing ("Any errors in query syntax will be ignored and the parser
 * will attempt to decipher what it can"); on top of it this class caps the input size.
 *
 * <p>Operators on: {@code +} and, {@code |} or, {@code -} not, {@code "phrase"}, {@code ( )},
 * {@code \} escape, {@code word*} prefix. Off: fuzzy and near ({@code ~N}), which cost automaton
 * construction and mean little for Chinese; a {@code ~} is then plain text. Words must all match
 * (default AND), each in any field. A word containing Chinese characters is searched as a phrase,
 * because smartcn splits unknown names such as 奥特曼 into single characters, and three characters
 * scattered through a text are not the name.
 */
public final class UserQueryParser {

  /** Longest accepted query, in characters. */
  public static final int MAX_QUERY_CHARS = 500;

  /** Most whitespace-separated words accepted in one query. */
  public static final int MAX_WORDS = 40;

  private static final int FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR;

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final SimpleQueryParser parser;

  public UserQueryParser(Analyzer analyzer) {
    this.parser = new ChineseAsPhrase(analyzer);
    parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
  }

  /**
   * Parses {@code text}; a blank query matches nothing.
   *
   * @throws IllegalArgumentException when the query is longer than {@value #MAX_QUERY_CHARS}
   *     characters or has more than {@value #MAX_WORDS} words
   */
  public Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchNoDocsQuery("blank query");
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException(
          "Search query too long: "
              + text.length()
              + " characters, at most "
              + MAX_QUERY_CHARS
              + " allowed");
    }
    int words = WHITESPACE.split(text.strip()).length;
    if (words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "Search query too complex: " + words + " words, at most " + MAX_WORDS + " allowed");
    }
    Query query = parser.parse(text);
    return query != null ? query : new MatchNoDocsQuery("nothing searchable in the query");
  }

  /** SimpleQueryParser that searches Chinese words as phrases (see the class comment). */
  private static final class ChineseAsPhrase extends SimpleQueryParser {

    ChineseAsPhrase(Analyzer analyzer) {
      super(analyzer, IndexFields.WEIGHTS, FLAGS);
    }

    @Override
    protected Query newDefaultQuery(String text) {
      return HAN.matcher(text).find() ? newPhraseQuery(text, 0) : super.newDefaultQuery(text);
    }
  }
}
