package dev.newsbridge.story;

import dev.newsbridge.translate.ChineseLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of China an English text's place names lie in: each capitalised word (or two, Hong
 * Kong) looked up by {@link ChineseLexicon#regionOfEnglishName}. A region's own name always counts
 * but for its clock ("9 am Beijing time"); a city's or county's only where it stands as a place,
 * not inside a longer name, because romanised names collide (the writer Wang Anyi is no Anyi
 * county; Beijing's Changfeng Hospital is no Changfeng county of Anhui).
 */
final class EnglishRegions {
  /** A capitalised word, possessive and all ("Beijing's", "Xi'an"). */
  private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+(?:'[a-z]+)?");

  /** Capitalised words that may stand next to a place without making a name with it. */
  private static final Set<String> NOT_IN_NAMES = Set.of("The", "A", "An", "In", "At", "On",
      "From", "Of", "For", "After", "Before", "Near", "Outside", "Across", "To", "By", "And", "But",
      "As", "When", "While", "Since", "Northern", "Southern", "Eastern", "Western", "Central",
      "North", "South", "East", "West", "China", "Chinese", "Mainland", "Province", "City",
      "County", "District", "Municipal", "Provincial");

  private EnglishRegions() {}

  static Set<String> of(String text) {
    List<Word> words = capitalisedWords(text);
    Set<String> regions = new TreeSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      Word before = i > 0 && words.get(i - 1).adjoins(word) ? words.get(i - 1) : null;
      Word after = i + 1 < words.size() && word.adjoins(words.get(i + 1)) ? words.get(i + 1) : null;
      String region = regionOf(word, before, after, text);
      if (region != null) {
        regions.add(region);
      }
    }
    return regions;
  }

  private static String regionOf(Word word, Word before, Word after, String text) {
    String twoWords =
        before == null ? null : ChineseLexicon.regionOfEnglishName(before.text + " " + word.text);
    if (twoWords != null) {
      return twoWords;
    }
    String region = ChineseLexicon.regionOfEnglishName(word.text);
    if (region == null) {
      return null;
    }
    if (region.equals(word.text)) {
      return text.regionMatches(true, word.end, " time", 0, 5) ? null : region;
    }
    return partOfName(before) || partOfName(after) ? null : region;
  }

  /** True for a capitalised neighbour that makes a name with a place: Wang Anyi, Changfeng Hospital. */
  private static boolean partOfName(Word neighbour) {
    return neighbour != null && !NOT_IN_NAMES.contains(neighbour.text)
        && ChineseLexicon.regionOfEnglishName(neighbour.text) == null;
  }

  private static List<Word> capitalisedWords(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      String word = m.group();
      words.add(new Word(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word,
          m.start(), m.end(), m.start() > 0 && text.charAt(m.start() - 1) == ' '));
    }
    return words;
  }

  /** A capitalised word of a text, where it stands, and whether a space comes before it. */
  private record Word(String text, int start, int end, boolean afterSpace) {
    /** True when {@code next} follows this word after one space. */
    boolean adjoins(Word next) {
      return next.start == end + 1 && next.afterSpace;
    }
  }
}
