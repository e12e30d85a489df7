package dev.newsbridge.extract.bench;

import dev.newsbridge.extract.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingles of a text and their overlap, as computed by the scrapinghub benchmark's
 * {@code evaluate.py}: tokens are {@code \w+} runs (Unicode), shingles are 4 consecutive tokens
 * joined by a space, and the counts are multisets.
 */
public enum Shingles {
  /** Tokens are {@code \w+} runs, so a Chinese clause is one token (the published metric). */
  WORDS,
  /** Every CJK character is its own token; Latin and digit runs stay one token each. */
  CJK_CHARACTERS;

  /** Shingle length: {@value}. */
  public static final int N = 4;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The tokens of {@code text}. */
  public List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      if (this == WORDS) {
        tokens.add(m.group());
      } else {
        splitCjk(m.group(), tokens);
      }
    }
    return tokens;
  }

  /** True positives, false positives and false negatives of {@code predicted} against {@code truth}. */
  public Overlap overlap(String truth, String predicted) {
    Map<String, Integer> t = shingles(tokens(truth));
    Map<String, Integer> p = shingles(tokens(predicted));
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new Overlap(tp, fp, fn);
  }

  private static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
      if (!shingle.isEmpty()) {
        counts.merge(shingle, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static void splitCjk(String run, List<String> tokens) {
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < run.length(); ) {
      int c = run.codePointAt(i);
      i += Character.charCount(c);
      if (Texts.isCjk(c)) {
        if (other.length() > 0) {
          tokens.add(other.toString());
          other.setLength(0);
        }
        tokens.add(new String(Character.toChars(c)));
      } else {
        other.appendCodePoint(c);
      }
    }
    if (other.length() > 0) {
      tokens.add(other.toString());
    }
  }

  /**
   * Shingle counts of one page.
   *
   * @param tp shingles in both
   * @param fp shingles only in the prediction
   * @param fn shingles only in the truth
   */
  public record Overlap(long tp, long fp, long fn) {
    /** Per-page precision; 1 when nothing was wrong, 0 when nothing was predicted. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** Per-page recall; 1 when nothing was wrong, 0 when nothing was found. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }
  }
}
