package dev.newsbridge.translate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CC-CEDICT, loaded once from the bundled {@value #RESOURCE} (about 115,000 readings; loads in
 * well under a second). Immutable after construction, so one instance serves every thread.
 */
public final class Cedict {
  /** The bundled resource, built by scripts/build-cedict.sh; see CEDICT-LICENSE.txt. */
  public static final String RESOURCE = "cedict.tsv.gz";

  /** One pronunciation of a headword and its senses in dictionary order. */
  public record Reading(String pinyin, List<String> senses) {
    /** True for proper-noun readings, which CC-CEDICT writes with capitalised pinyin. */
    public boolean proper() {
      return !pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0));
    }
  }

  private static volatile Cedict shared;

  private final Map<String, List<Reading>> readings;
  private final int longestHeadword;

  private Cedict(Map<String, List<Reading>> readings, int longestHeadword) {
    this.readings = readings;
    this.longestHeadword = longestHeadword;
  }

  /** The process-wide dictionary, loaded on first use. */
  public static Cedict shared() {
    Cedict c = shared;
    if (c == null) {
      synchronized (Cedict.class) {
        if (shared == null) {
          shared = load();
        }
        c = shared;
      }
    }
    return c;
  }

  static Cedict load() {
    Map<String, List<Reading>> map = new HashMap<>(160_000);
    int longest = 0;
    try (BufferedReader in = Resources.open(RESOURCE)) {
      for (String line; (line = in.readLine()) != null; ) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        if (a <= 0 || b < 0) {
          continue;
        }
        String word = line.substring(0, a);
        List<String> senses = List.of(line.substring(b + 1).split(" / "));
        map.computeIfAbsent(word, k -> new ArrayList<>(1))
            .add(new Reading(line.substring(a + 1, b), senses));
        longest = Math.max(longest, word.length());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    addShortPlaceNames(map);
    return new Cedict(map, longest);
  }

  /** What ends the headwords of cities and counties CC-CEDICT lists only in full (三亚市). */
  private static final String PLACE_SUFFIXES = "市县";

  /**
   * News names a city without its 市 (三亚, 张家口), and CC-CEDICT lists hundreds only with it
   * (三亚市 "Sanya, prefecture-level city..."): the name without the suffix gets the full name's
   * proper readings (last syllable dropped) where it is no headword of its own.
   */
  private static void addShortPlaceNames(Map<String, List<Reading>> map) {
    Map<String, List<Reading>> shortNames = new HashMap<>();
    for (Map.Entry<String, List<Reading>> e : map.entrySet()) {
      String word = e.getKey();
      String base = word.substring(0, word.length() - 1);
      if (word.length() < 3 || PLACE_SUFFIXES.indexOf(word.charAt(word.length() - 1)) < 0
          || map.containsKey(base)) {
        continue;
      }
      for (Reading r : e.getValue()) {
        int lastSyllable = r.pinyin().lastIndexOf(' ');
        if (r.proper() && lastSyllable > 0) {
          shortNames.computeIfAbsent(base, k -> new ArrayList<>(1))
              .add(new Reading(r.pinyin().substring(0, lastSyllable), r.senses()));
        }
      }
    }
    map.putAll(shortNames);
  }

  /** The readings of a simplified headword, most common first; empty when unknown. */
  public List<Reading> lookup(String word) {
    return readings.getOrDefault(word, List.of());
  }

  /** True when some reading of {@code word} is a common word, not a proper noun (现代 "modern"). */
  public boolean hasCommonSense(String word) {
    return lookup(word).stream().anyMatch(r -> !r.proper());
  }

  /** Calls {@code action} with every headword and its readings (for building reverse indexes). */
  public void forEach(java.util.function.BiConsumer<String, List<Reading>> action) {
    readings.forEach(action);
  }

  public boolean contains(String word) {
    return readings.containsKey(word);
  }

  /** The length of the longest headword, the window for longest-match splitting. */
  public int longestHeadword() {
    return longestHeadword;
  }
}
