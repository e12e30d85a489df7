package dev.newsbridge.enrich.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The world's countries, territories, continents and capitals by the names English news writes
 * ({@value #RESOURCE}), each with the one name its tag carries: "U.S.", "USA" and "America" are
 * the United States, "UK" is Britain. Names are matched as written, capitals and all ("US" is a
 * place, "Us" no name). Out of scope: states, provinces and cities other than capitals, and
 * places named by a nationality ("Chinese waters"). Immutable; loaded once, in a few
 * milliseconds.
 */
final class WorldPlaces {
  static final String RESOURCE = "/dev/newsbridge/enrich/world-places.tsv";

  private static final class Holder {
    static final Map<String, String> CANONICAL = load();
  }

  private WorldPlaces() {}

  /** The tag's name for the place {@code name} names ("U.S." → "United States"), or null. */
  static String canonical(String name) {
    return Holder.CANONICAL.get(name);
  }

  /** True when {@code name} is a place of the list, by its own name or another. */
  static boolean knows(String name) {
    return Holder.CANONICAL.containsKey(name);
  }

  private static Map<String, String> load() {
    Map<String, String> canonical = new HashMap<>();
    for (String line : BundledLines.of(RESOURCE)) {
      String[] names = line.split("\t");
      for (String name : names) {
        canonical.put(name, names[0]);
      }
    }
    return Map.copyOf(canonical);
  }
}
