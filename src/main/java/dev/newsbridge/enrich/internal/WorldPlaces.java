package dev.newsbridge.enrich.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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

  /** The words that open or end a place's name by its side of something: "South Korea". */
  static final Set<String> COMPASS_WORDS = Set.of("North", "South", "East", "West");

  private WorldPlaces() {}

  /** The tag's name for the place {@code name} names ("U.S." → "United States"), or null. */
  static String canonical(String name) {
    return Holder.CANONICAL.get(name);
  }

  /** True when {@code name} is a place of the list, by its own name or another. */
  static boolean knows(String name) {
    return Holder.CANONICAL.containsKey(name);
  }

  /**
   * True when {@code name} is a listed place's adjective, its name and an "n" or "ese" ("South
   * African", "South Sudanese"), or a compass word and such an adjective ("West African", "East
   * Timorese"): a nationality, which names no place and belongs to no name.
   */
  static boolean isNationality(String name) {
    String[] words = name.split(" ");
    if (words.length == 2 && COMPASS_WORDS.contains(words[0]) && isNationality(words[1])) {
      return true;
    }
    return name.endsWith("n") && knows(name.substring(0, name.length() - 1))
        || name.endsWith("ese") && knows(name.substring(0, name.length() - 3));
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
