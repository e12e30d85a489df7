package dev.newsbridge.translate.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article's paragraphs into requests no larger than a backend accepts: at most {@code
 * maxParagraphs} paragraphs and {@code maxChars} characters each, order kept. A single paragraph
 * longer than {@code maxChars} travels alone (splitting it would break the one-in, one-out
 * alignment); the backend may then refuse it, which fails that article only.
 */
public final class Batches {
  private Batches() {}

  public static List<List<String>> split(List<String> paragraphs, int maxChars, int maxParagraphs) {
    if (maxChars < 1 || maxParagraphs < 1) {
      throw new IllegalArgumentException("batch limits must be positive");
    }
    List<List<String>> batches = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (String p : paragraphs) {
      boolean full = current.size() == maxParagraphs || chars + p.length() > maxChars;
      if (!current.isEmpty() && full) {
        batches.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(p);
      chars += p.length();
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }
}
