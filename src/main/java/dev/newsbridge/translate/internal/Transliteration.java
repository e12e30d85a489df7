package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.internal.TransliterationTable.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a transliterated foreign name back into Latin letters by the conventions Chinese uses to
 * write Western sounds (Xinhua's tables, in reverse; the fragments are in transliteration.tsv):
 * longest fragments first and by place in the name, so 杰克逊 is "Jackson" and 斯坦福 "Stanford"
 * rather than the character-by-character "Jekson", "Stanfo". The result is a readable guess, not
 * the true spelling (which only a name list or a parenthetical original can give); null when a
 * character is not in the table, so the caller falls back to pinyin.
 */
final class Transliteration {
  private static final TransliterationTable TABLE = TransliterationTable.bundled();
  /** Consonants that join a following l or r at the start of a name (布莱 "Ble", 克里 "Kri"). */
  private static final String CLUSTER_FIRST = "bpkgftd";

  private Transliteration() {}

  /** True when every character of {@code part} has a reading here. */
  static boolean covers(String part) {
    return !part.isEmpty() && readings(part) != null;
  }

  /** One name part (no dots) in Latin letters, capitalised, or null when a character is unknown. */
  static String part(String chinese) {
    List<String> readings = chinese.isEmpty() ? null : readings(chinese);
    if (readings == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(readings.get(0));
    if (readings.size() > 1 && needsVowel(readings.get(0), readings.get(1))) {
      out.append('e');
    }
    readings.subList(1, readings.size()).forEach(out::append);
    return capitalise(out.toString());
  }

  /** {@code chinese} cut into the longest fragments that fit their places, read; or null. */
  private static List<String> readings(String chinese) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < chinese.length()) {
      int to = Math.min(chinese.length(), from + TABLE.longest());
      String reading = null;
      while (reading == null && to > from) {
        reading = TABLE.reading(chinese.substring(from, to), places(chinese, from, to));
        to = reading == null ? to - 1 : to;
      }
      if (reading == null) {
        return null;
      }
      out.add(reading);
      from = to;
    }
    return out;
  }

  /** The places the characters from {@code from} to {@code to} stand in within {@code chinese}. */
  private static List<Place> places(String chinese, int from, int to) {
    List<Place> places = new ArrayList<>(List.of(Place.ANY));
    boolean opens = from == 0;
    boolean closes = to == chinese.length();
    boolean several = chinese.length() > 1; // one character alone neither opens nor closes
    if (opens && closes) {
      places.add(Place.WHOLE);
    }
    if (opens && several) {
      places.add(Place.START);
    }
    if (closes && several) {
      places.add(Place.END);
    }
    if (!closes && opensWithConsonant(chinese.charAt(to))) {
      places.add(Place.BEFORE_CONSONANT);
    }
    return places;
  }

  private static boolean opensWithConsonant(char next) {
    String reading = TABLE.anywhere(String.valueOf(next));
    return reading != null && !isVowel(reading.charAt(0));
  }

  /**
   * A one-letter consonant opening a name keeps a vowel before another consonant (德米 "Demi"),
   * but not before a vowel (德安 "Dan"), as the first of a cluster (布莱 "Ble") or as an s (斯米).
   */
  private static boolean needsVowel(String first, String next) {
    if (first.length() != 1 || isVowel(first.charAt(0)) || first.equals("s")
        || isVowel(next.charAt(0))) {
      return false;
    }
    boolean liquid = next.startsWith("l") || next.startsWith("r");
    return !(liquid && CLUSTER_FIRST.contains(first));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** "Jackson"; a Scots or Irish "Mc" keeps the capital of what follows it ("McDonald"). */
  private static String capitalise(String s) {
    String head = s.substring(0, 1).toUpperCase(Locale.ROOT);
    if (s.startsWith("mc") && s.length() > 2) {
      return "Mc" + s.substring(2, 3).toUpperCase(Locale.ROOT) + s.substring(3);
    }
    return head + s.substring(1);
  }
}
