package dev.newsbridge.translate.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fragments of transliteration.tsv: Chinese characters, one or several, with the Latin letters
 * they stand for in a name part, by where in the part they stand (森 is "sen" inside a name and
 * "son" at its end). Immutable once read.
 */
final class TransliterationTable {
  /** Where in a name part a reading applies, narrowest first (the order readings are tried in). */
  enum Place { WHOLE, START, END, BEFORE_CONSONANT, ANY }

  private final Map<String, Map<Place, String>> readings;
  private final int longest;

  TransliterationTable(List<String> lines) {
    Map<String, Map<Place, String>> map = new HashMap<>();
    int max = 1;
    for (String line : lines) {
      String[] f = line.split("\t");
      Place place = Place.valueOf(f[2].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      map.computeIfAbsent(f[0], k -> new EnumMap<>(Place.class)).put(place, f[1]);
      max = Math.max(max, f[0].length());
    }
    map.replaceAll((k, v) -> Map.copyOf(v));
    this.readings = Map.copyOf(map);
    this.longest = max;
  }

  private static final class Bundled {
    static final TransliterationTable INSTANCE =
        new TransliterationTable(Resources.lines("transliteration.tsv"));
  }

  /** The table shipped in transliteration.tsv, read once per process. */
  static TransliterationTable bundled() {
    return Bundled.INSTANCE;
  }

  /** The most characters one fragment has. */
  int longest() {
    return longest;
  }

  /** The reading {@code anywhere} in a name, or null when the fragment has none. */
  String anywhere(String fragment) {
    return at(fragment, Place.ANY);
  }

  /** The reading of {@code fragment} in the narrowest of {@code places} it has one for, or null. */
  String reading(String fragment, List<Place> places) {
    Map<Place, String> byPlace = readings.get(fragment);
    if (byPlace == null) {
      return null;
    }
    for (Place place : Place.values()) {
      if (places.contains(place) && byPlace.containsKey(place)) {
        return byPlace.get(place);
      }
    }
    return null;
  }

  private String at(String fragment, Place place) {
    Map<Place, String> byPlace = readings.get(fragment);
    return byPlace == null ? null : byPlace.get(place);
  }
}
