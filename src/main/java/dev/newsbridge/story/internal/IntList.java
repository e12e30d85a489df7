package dev.newsbridge.story.internal;

import java.util.Arrays;

/** A growable list of ints (postings), without boxing. */
final class IntList {
  private int[] values = new int[4];
  private int size;

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  int get(int i) {
    return values[i];
  }

  /** Keeps only the values {@code keep} accepts, in order. */
  void retain(java.util.function.IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (keep.test(values[i])) {
        values[n++] = values[i];
      }
    }
    size = n;
  }
}
