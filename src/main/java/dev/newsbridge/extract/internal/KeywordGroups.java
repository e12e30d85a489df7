package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several groups of lower-case ASCII keywords in one Aho-Corasick automaton, so that one pass over
 * a text, one table step per character, says which groups occur in it (ASCII letters in any case,
 * as {@code (?i)} matches). A class or id name was scanned once per group before (four to five
 * passes for the unlikely, maybe-content, author and date verdicts), trying the words that could
 * start at each position. A word may be a whole token, which must then stand between the text's
 * ends, spaces, "_" or "-". Immutable and thread-safe.
 */
final class KeywordGroups {
  /** The characters that occur in no word: every one of them leads back to the start state. */
  private static final int OTHER = 0;

  /** Each ASCII character's column in the table; letters share theirs with their upper case. */
  private final int[] columnOf = new int[128];
  private final int columns;
  /** The next state for each state and column: {@code next[state * columns + column]}. */
  private final int[] next;
  /** The groups of the words (not whole tokens) that end in each state, suffixes included. */
  private final int[] groupsEndingAt;
  /** The whole-token words that end in each state, suffixes included; null for none. */
  private final Word[][] tokensEndingAt;

  private KeywordGroups(List<Word> words) {
    columns = assignColumns(words);
    Trie trie = new Trie(columns);
    for (Word word : words) {
      trie.add(word, columnOf);
    }
    trie.link();
    next = trie.next();
    groupsEndingAt = trie.groups();
    tokensEndingAt = trie.tokens();
  }

  private int assignColumns(List<Word> words) {
    int count = 1;
    for (Word word : words) {
      for (char c : word.text().toCharArray()) {
        if (c >= 128 || (c >= 'A' && c <= 'Z')) {
          throw new IllegalArgumentException("not a lower-case ASCII keyword: " + word.text());
        }
        if (columnOf[c] == OTHER) {
          columnOf[c] = count++;
          if (c >= 'a' && c <= 'z') {
            columnOf[c - 32] = columnOf[c];
          }
        }
      }
    }
    return count;
  }

  /** The groups' bits (each group one bit) whose words occur in {@code text}, OR-ed. */
  int groupsIn(String text) {
    int found = 0;
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      state = next[state * columns + (c < 128 ? columnOf[c] : OTHER)];
      found |= groupsEndingAt[state];
      Word[] tokens = tokensEndingAt[state];
      if (tokens != null) {
        found |= wholeTokensEndingAt(text, i + 1, tokens);
      }
    }
    return found;
  }

  private static int wholeTokensEndingAt(String text, int end, Word[] tokens) {
    int found = 0;
    for (Word token : tokens) {
      int start = end - token.text().length();
      if ((start == 0 || isTokenGap(text.charAt(start - 1)))
          && (end == text.length() || isTokenGap(text.charAt(end)))) {
        found |= token.group();
      }
    }
    return found;
  }

  private static boolean isTokenGap(char c) {
    return c == ' ' || c == '_' || c == '-';
  }

  /** Collects the groups; {@link #build()} makes the automaton. */
  static final class Builder {
    private final List<Word> words = new ArrayList<>();

    /** Words of {@code group} found anywhere in a text. */
    Builder anywhere(int group, List<String> keywords) {
      for (String keyword : keywords) {
        words.add(new Word(keyword, group, false));
      }
      return this;
    }

    /** Words of {@code group} found only as whole tokens. */
    Builder wholeTokens(int group, List<String> tokens) {
      for (String token : tokens) {
        words.add(new Word(token, group, true));
      }
      return this;
    }

    KeywordGroups build() {
      return new KeywordGroups(words);
    }
  }

  private record Word(String text, int group, boolean wholeToken) {
    Word {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty keyword");
      }
    }
  }

  /**
   * The automaton under construction: a trie of the words, then its failure links. Arrays of
   * primitives, not lists of boxed integers and a stream: it is built once per process, before
   * anything is compiled, on the first page.
   */
  private static final class Trie {
    private final int columns;
    /** Each state's children by column, -1 for none (until {@link #link()} fills them in). */
    private int[][] children = new int[64][];
    /** The groups of the words (not whole tokens) ending in each state. */
    private int[] groups = new int[64];
    private final List<List<Word>> tokens = new ArrayList<>();
    private int states;

    Trie(int columns) {
      this.columns = columns;
      newState();
    }

    private int newState() {
      if (states == children.length) {
        children = Arrays.copyOf(children, states * 2);
        groups = Arrays.copyOf(groups, states * 2);
      }
      int[] row = new int[columns];
      Arrays.fill(row, -1);
      children[states] = row;
      tokens.add(new ArrayList<>());
      return states++;
    }

    void add(Word word, int[] columnOf) {
      int state = 0;
      for (char c : word.text().toCharArray()) {
        int column = columnOf[c];
        if (children[state][column] < 0) {
          int child = newState();
          children[state][column] = child;
        }
        state = children[state][column];
      }
      if (word.wholeToken()) {
        tokens.get(state).add(word);
      } else {
        groups[state] |= word.group();
      }
    }

    /**
     * Turns the trie into the full transition table, breadth first: a missing child goes where the
     * longest proper suffix's state goes, and each state inherits the words ending at that suffix.
     */
    void link() {
      int[] fail = new int[states];
      // Each state but the root is queued once, by its parent.
      int[] queue = new int[states];
      int head = 0;
      int tail = 0;
      int[] root = children[0];
      for (int column = 0; column < columns; column++) {
        if (root[column] < 0 || column == OTHER) {
          root[column] = 0;
        } else {
          queue[tail++] = root[column];
        }
      }
      while (head < tail) {
        int state = queue[head++];
        int suffix = fail[state];
        groups[state] |= groups[suffix];
        tokens.get(state).addAll(tokens.get(suffix));
        int[] row = children[state];
        int[] suffixRow = children[suffix];
        for (int column = 0; column < columns; column++) {
          int fallback = suffixRow[column];
          if (row[column] < 0) {
            row[column] = fallback;
          } else {
            fail[row[column]] = fallback;
            queue[tail++] = row[column];
          }
        }
      }
    }

    int[] next() {
      int[] table = new int[states * columns];
      for (int state = 0; state < states; state++) {
        System.arraycopy(children[state], 0, table, state * columns, columns);
      }
      return table;
    }

    int[] groups() {
      return Arrays.copyOf(groups, states);
    }

    Word[][] tokens() {
      Word[][] table = new Word[states][];
      for (int state = 0; state < states; state++) {
        List<Word> ending = tokens.get(state);
        table[state] = ending.isEmpty() ? null : ending.toArray(new Word[0]);
      }
      return table;
    }
  }
}
