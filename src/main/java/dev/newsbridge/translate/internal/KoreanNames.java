package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Korean personal names that Chinese text writes in its own characters, read in Korean: each
 * character by its Sino-Korean reading (korean-hanja.tsv), then romanised as the South writes its
 * people (surname by its conventional spelling, given name hyphenated: 朴范界 Park Beom-gye) or as
 * the North does (every syllable a word: 李英浩 Ri Yong Ho). Whether a name is Korean at all is
 * {@link KoreanEvidence}'s question; a name with a character the table lacks is not read, so it
 * keeps its Chinese reading rather than a half-Korean one. Names with a two-character surname
 * (南宫, 皇甫) are out of scope.
 */
final class KoreanNames {
  private final Map<Character, Character> readings = new HashMap<>();
  private final Map<Character, Character> surnameReadings = new HashMap<>();
  private final Map<Character, Character> givenReadings = new HashMap<>();
  private final Map<Character, String> southSurnames = new HashMap<>();

  KoreanNames(List<String> hanjaLines, List<String> surnameLines) {
    for (String line : hanjaLines) {
      String[] f = line.split("\t");
      String where = f.length > 2 ? f[2].trim() : "any";
      Map<Character, Character> into = switch (where) {
        case "surname" -> surnameReadings;
        case "given" -> givenReadings;
        default -> readings;
      };
      f[1].chars().forEach(c -> into.put((char) c, f[0].charAt(0)));
    }
    for (String line : surnameLines) {
      String[] f = line.split("\t");
      southSurnames.put(f[0].charAt(0), f[1]);
    }
  }

  private static final class Bundled {
    static final KoreanNames INSTANCE = new KoreanNames(
        Resources.lines("korean-hanja.tsv"), Resources.lines("korean-surnames.tsv"));
  }

  /** The names read with the bundled tables, read once per process. */
  static KoreanNames bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * {@code name} as {@code korea} writes its people ({@link #north} or {@link #south}); null when
   * {@code korea} is null or the name cannot be read.
   */
  String person(String name, KoreanEvidence.Korea korea) {
    if (korea == null) {
      return null;
    }
    return korea == KoreanEvidence.Korea.NORTH ? north(name) : south(name);
  }

  /** 朴范界 → "Park Beom-gye", 成河 → "Sung Ha"; null when {@code name} cannot be read. */
  String south(String name) {
    String hangul = hangul(name);
    if (hangul == null) {
      return null;
    }
    char surname = Hangul.southWordStart(hangul.charAt(0));
    StringBuilder given = new StringBuilder();
    for (int i = 1; i < hangul.length(); i++) {
      char c = i == 1 ? Hangul.southWordStart(hangul.charAt(i)) : hangul.charAt(i);
      given.append(i > 1 ? "-" : "").append(Hangul.south(c));
    }
    String family = southSurnames.getOrDefault(surname, capitalise(Hangul.south(surname)));
    return family + " " + capitalise(given.toString());
  }

  /** 李英浩 → "Ri Yong Ho", 强纯男 → "Kang Sun Nam"; null when {@code name} cannot be read. */
  String north(String name) {
    String hangul = hangul(name);
    if (hangul == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (char c : hangul.toCharArray()) {
      out.append(out.length() > 0 ? " " : "").append(capitalise(Hangul.north(c)));
    }
    return out.toString();
  }

  /**
   * A place written in Chinese characters (金刚, 龙渊), read in Korean as the South writes its places
   * (Geumgang) or the North (Kumgang); null when a character has no reading here.
   */
  String place(String chinese, boolean north) {
    StringBuilder hangul = new StringBuilder();
    for (char c : chinese.toCharArray()) {
      Character reading = givenReadings.getOrDefault(c, readings.get(c));
      if (reading == null) {
        return null;
      }
      hangul.append(reading.charValue());
    }
    if (hangul.isEmpty()) {
      return null;
    }
    String h = hangul.toString();
    return capitalise(north ? Hangul.northPlace(h) : Hangul.southPlace(h));
  }

  /**
   * The Hangul of a name of a one-character surname and a one- or two-character given name, or
   * null when it has another length or a character without a reading here.
   */
  String hangul(String name) {
    if (name.length() < 2 || name.length() > 3) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      Character reading = (i == 0 ? surnameReadings : givenReadings).get(c);
      reading = reading != null ? reading : readings.get(c);
      if (reading == null) {
        return null;
      }
      out.append(reading.charValue());
    }
    return out.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
