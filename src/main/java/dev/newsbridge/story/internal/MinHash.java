package dev.newsbridge.story.internal;

import java.util.Set;

/**
 * MinHash signatures ({@value #HASHES} values) and their LSH bands ({@value #BANDS} bands of
 * {@value #ROWS}): two texts with shingle Jaccard 0.5 share a band with probability about 0.64,
 * with 0.8 about 1.0, with 0.2 about 0.03. Seeds are fixed, so signatures are stable across runs.
 */
public final class MinHash {
  public static final int HASHES = 64;
  public static final int BANDS = 16;
  public static final int ROWS = HASHES / BANDS;

  private static final int[] SEEDS = new int[HASHES];

  static {
    java.util.Random random = new java.util.Random(0x5EED_5709L);
    for (int i = 0; i < HASHES; i++) {
      SEEDS[i] = random.nextInt() | 1;
    }
  }

  private MinHash() {}

  public static int[] signature(Set<Integer> shingles) {
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = Hashing.mix(s * SEEDS[i] + i);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The key of band {@code b} of a signature. */
  public static long band(int[] sig, int b) {
    long h = b;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + sig[b * ROWS + r];
    }
    return h;
  }

  /** The share of equal positions: an estimate of the shingle sets' Jaccard. */
  public static double estimate(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }
}
