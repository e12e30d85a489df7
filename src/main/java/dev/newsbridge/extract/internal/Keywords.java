package dev.newsbridge.extract.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of lower-case ASCII keywords (two characters or more), found anywhere in a text in
 * one pass: each position's two characters pick the few keywords that could start there, instead
 * of one {@code contains} per keyword. Immutable and thread-safe.
 */
final class Keywords {
  private final String[][] byFirstTwo = new String[128 * 128][];

  static Keywords of(String... words) {
    return new Keywords(List.of(words));
  }

  Keywords(List<String> words) {
    for (String word : words) {
      if (word.length() < 2 || word.charAt(0) >= 128 || word.charAt(1) >= 128) {
        throw new IllegalArgumentException("not a keyword of two ASCII characters or more: " + word);
      }
      int key = (word.charAt(0) << 7) | word.charAt(1);
      String[] found = byFirstTwo[key];
      found = found == null ? new String[1] : Arrays.copyOf(found, found.length + 1);
      found[found.length - 1] = word;
      byFirstTwo[key] = found;
    }
  }

  /** As {@link #foundIn}, with ASCII letters of {@code text} in any case, as (?i) matches. */
  boolean foundInIgnoringAsciiCase(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char a = lower(text.charAt(i));
      char b = lower(text.charAt(i + 1));
      if (a >= 128 || b >= 128) {
        continue;
      }
      String[] candidates = byFirstTwo[(a << 7) | b];
      if (candidates != null) {
        for (String word : candidates) {
          if (startsWithIgnoringAsciiCase(text, word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean startsWithIgnoringAsciiCase(String text, String word, int at) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (lower(text.charAt(at + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** True when one of the keywords occurs in {@code text}. */
  boolean foundIn(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      if (a >= 128 || b >= 128) {
        continue;
      }
      String[] candidates = byFirstTwo[(a << 7) | b];
      if (candidates != null) {
        for (String word : candidates) {
          if (text.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
