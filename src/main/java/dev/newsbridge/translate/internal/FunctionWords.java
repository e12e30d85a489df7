package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixed English for Chinese function words and news verbs ({@value #RESOURCE}), where a
 * dictionary's first sense reads wrongly: 了 is dropped, 被 is "was", 表示 is "said".
 */
public final class FunctionWords {
  /** The bundled table: chinese, HanLP tag prefix or "*", english or "-" to drop the word. */
  public static final String RESOURCE = "function-words.tsv";
  /** What {@link #lookup} returns for a word to drop. */
  public static final String DROP = "";

  private final Map<String, String> byWordAndTag = new HashMap<>();
  private final Set<String> words = new HashSet<>();

  FunctionWords(List<String> lines) {
    for (String line : lines) {
      String[] f = line.split("\t");
      byWordAndTag.put(f[0] + '\t' + f[1], f[2].equals("-") ? DROP : f[2]);
      words.add(f[0]);
    }
  }

  /**
   * The bundled table, read once: the glosser and the finders that ask which words it lists share
   * it (nothing changes it after it is read).
   */
  static FunctionWords shared() {
    return Shared.TABLE;
  }

  private static final class Shared {
    static final FunctionWords TABLE = new FunctionWords(Resources.lines(RESOURCE));
  }

  /** True when the table fixes how {@code word} reads, under any tag. */
  boolean lists(String word) {
    return words.contains(word);
  }

  /**
   * The fixed English of {@code word} tagged {@code nature}: the longest matching tag prefix, else
   * the untagged entry; {@link #DROP} to drop the word; null when the table does not know it.
   */
  public String lookup(String word, String nature) {
    for (int len = nature.length(); len >= 1; len--) {
      String hit = byWordAndTag.get(word + '\t' + nature.substring(0, len));
      if (hit != null) {
        return hit;
      }
    }
    return byWordAndTag.get(word + "\t*");
  }
}
