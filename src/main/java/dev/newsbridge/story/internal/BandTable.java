package dev.newsbridge.story.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * MinHash band to the window slots that have it. Nearly every band belongs to one article (only
 * copies share bands), so a band's first slot sits inline in an open-addressing table and only
 * shared bands get a list: about 24 bytes per band instead of about 100 for a boxed map entry with
 * a list, which was a quarter of the window's memory. Not thread-safe.
 */
final class BandTable {
  private static final int EMPTY = -1;
  private static final int INITIAL_CAPACITY = 1024;

  private long[] bands = new long[INITIAL_CAPACITY];
  private int[] first = filled(INITIAL_CAPACITY);
  private final Map<Long, IntList> more = new HashMap<>(); // band -> second and later slots
  private int size;

  /** Records that {@code slot} has {@code band}. */
  void add(long band, int slot) {
    int at = find(band);
    if (first[at] == EMPTY) {
      bands[at] = band;
      first[at] = slot;
      if (++size * 2 > bands.length) {
        grow();
      }
    } else {
      more.computeIfAbsent(band, k -> new IntList()).add(slot);
    }
  }

  /** Every slot with {@code band}, in the order added. */
  void forEachSlot(long band, IntConsumer action) {
    int at = find(band);
    if (first[at] == EMPTY) {
      return;
    }
    action.accept(first[at]);
    IntList rest = more.get(band);
    for (int i = 0; rest != null && i < rest.size(); i++) {
      action.accept(rest.get(i));
    }
  }

  /** Keeps only the slots {@code keep} accepts; bands left without a slot go. */
  void retain(IntPredicate keep) {
    long[] oldBands = bands;
    int[] oldFirst = first;
    Map<Long, IntList> oldMore = new HashMap<>(more);
    bands = new long[oldBands.length];
    first = filled(oldBands.length);
    more.clear();
    size = 0;
    for (int i = 0; i < oldBands.length; i++) {
      if (oldFirst[i] == EMPTY) {
        continue;
      }
      long band = oldBands[i];
      if (keep.test(oldFirst[i])) {
        add(band, oldFirst[i]);
      }
      IntList rest = oldMore.get(band);
      for (int j = 0; rest != null && j < rest.size(); j++) {
        if (keep.test(rest.get(j))) {
          add(band, rest.get(j));
        }
      }
    }
  }

  /** Bands held. */
  int size() {
    return size;
  }

  /** The position of {@code band}, or the empty position where it would go (linear probing). */
  private int find(long band) {
    int mask = bands.length - 1;
    int at = mix(band) & mask;
    while (first[at] != EMPTY && bands[at] != band) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldBands = bands;
    int[] oldFirst = first;
    bands = new long[oldBands.length * 2];
    first = filled(oldBands.length * 2);
    for (int i = 0; i < oldBands.length; i++) {
      if (oldFirst[i] != EMPTY) {
        int at = find(oldBands[i]);
        bands[at] = oldBands[i];
        first[at] = oldFirst[i];
      }
    }
  }

  /** Band values are hashes already; folding the halves keeps both in the index. */
  private static int mix(long band) {
    long h = band * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static int[] filled(int capacity) {
    int[] slots = new int[capacity];
    Arrays.fill(slots, EMPTY);
    return slots;
  }
}
