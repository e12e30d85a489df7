package dev.newsbridge.language.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many letters of each writing system a text holds. Han characters are counted one by one;
 * everything else by letters. Digits, punctuation and symbols are not counted.
 */
public final class ScriptCounts {
  private final Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
  private int letters;

  private ScriptCounts() {}

  /** Counts the first {@code limit} characters of {@code text}. */
  public static ScriptCounts of(String text, int limit) {
    ScriptCounts counts = new ScriptCounts();
    int end = Math.min(text.length(), limit);
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        counts.counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
        counts.letters++;
      }
    }
    return counts;
  }

  public int of(Character.UnicodeScript script) {
    return counts.getOrDefault(script, 0);
  }

  /** Hiragana plus katakana. */
  public int kana() {
    return of(Character.UnicodeScript.HIRAGANA) + of(Character.UnicodeScript.KATAKANA);
  }

  public int letters() {
    return letters;
  }

  /** The script with the most letters, or COMMON when there are none. */
  public Character.UnicodeScript dominant() {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(Character.UnicodeScript.COMMON);
  }
}
