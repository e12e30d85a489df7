package dev.newsbridge.story.internal;

import java.util.Arrays;

/** Sorted arrays of term, name and code hashes, as the story features compare them. */
final class SortedInts {
  private SortedInts() {}

  /** How many values of {@code these} the sorted array {@code in} holds. */
  static int common(int[] these, int[] in) {
    int n = 0;
    for (int v : these) {
      if (Arrays.binarySearch(in, v) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Whether the sorted array {@code in} holds any value of {@code these}. */
  static boolean shareAny(int[] these, int[] in) {
    for (int v : these) {
      if (Arrays.binarySearch(in, v) >= 0) {
        return true;
      }
    }
    return false;
  }
}
