package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Taiwan's own words for everyday things (软体 for software, 晶片 for a chip, 人工智慧 for AI; see
 * taiwan-words.tsv) replaced by the mainland words of the same meaning, for a text written in
 * Traditional characters and already read as Simplified. The dictionary and the segmenter know the
 * mainland words; Taiwan's read wrongly ("soft-bodied", "crystal flake"). A word inside a longer
 * dictionary word is left alone (专案 of 专案组, a task force, not a project group).
 */
public final class TaiwanWords {
  private static final Map<String, String> MAINLAND = load();
  private static final int LONGEST =
      MAINLAND.keySet().stream().mapToInt(String::length).max().orElse(0);

  private TaiwanWords() {}

  /** {@code simplified} with Taiwan's words as the mainland writes them. */
  public static String asMainland(String simplified) {
    StringBuilder out = new StringBuilder(simplified.length());
    int i = 0;
    while (i < simplified.length()) {
      String word = wordAt(simplified, i);
      if (word == null) {
        out.append(simplified.charAt(i++));
      } else {
        out.append(MAINLAND.get(word));
        i += word.length();
      }
    }
    return out.toString();
  }

  /** The longest listed word at {@code i} that is no part of a longer dictionary word, or null. */
  private static String wordAt(String text, int i) {
    for (int n = Math.min(LONGEST, text.length() - i); n >= 2; n--) {
      String word = text.substring(i, i + n);
      if (MAINLAND.containsKey(word) && !insideLongerWord(text, i, i + n)) {
        return word;
      }
    }
    return null;
  }

  private static boolean insideLongerWord(String text, int start, int end) {
    for (int from = Math.max(0, start - 2); from <= start; from++) {
      for (int to = end; to <= Math.min(text.length(), end + 2); to++) {
        boolean longer = from < start || to > end;
        String around = text.substring(from, to);
        if (longer && !MAINLAND.containsKey(around)
            && (Cedict.shared().contains(around) || Hanlp.isDictionaryWord(around))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, String> load() {
    Map<String, String> words = new HashMap<>();
    for (String line : Resources.lines("taiwan-words.tsv")) {
      String[] f = line.split("\t");
      words.put(f[0], f[1]);
    }
    return Map.copyOf(words);
  }
}
