package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags an English original with simple surface rules, no model: runs of two to four capitalised
 * words are names ("Janet Yellen", "European Central Bank"), an organisation or a place when their
 * last word says so ("... Society", "Wharf Street"), else a person; keyphrases are pairs of
 * content words the text repeats ("interest rates"). Names come first, by mentions. Out of scope:
 * places without such a word (told apart from people only by a gazetteer), one-word names and
 * acronyms (too often sentence openers or noise), and runs in capitals (datelines).
 */
public final class EnglishTagger {
  /** The most name tags. */
  public static final int MAX_NAMES = 5;
  /** The most keyphrase tags. */
  public static final int MAX_KEYPHRASES = 3;
  /** How often a word pair must occur to be a keyphrase. */
  public static final int MIN_KEYPHRASE_COUNT = 2;

  /**
   * A capitalised word: initials ("J.", "U.S.") or a word whose dots stand inside it, so that a
   * sentence's full stop ends a name ("the asteroid Phaethon. Every December ...").
   */
  private static final String NAME_WORD =
      "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}'’-]+(?:\\.(?=\\p{L})[\\p{L}'’-]+)*)";
  private static final Pattern NAME = Pattern.compile(
      "\\b" + NAME_WORD + "(?: (?:of |for |and )?" + NAME_WORD + "){1,3}(?![\\p{L}'’-])");
  /** Lower-case words that join the words of one name: "Bank of England". */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
  private static final Set<String> ORGANIZATION_WORDS = Set.of("Inc", "Inc.", "Corp", "Corp.",
      "Company", "Group", "Bank", "University", "Ministry", "Council", "Party", "Association",
      "Agency", "Department", "Commission", "Committee", "Institute", "Foundation", "Fund",
      "Organization", "Organisation", "Union", "Court", "Parliament", "Congress", "Times", "News",
      "Post", "Journal", "Office", "Authority", "Board", "Ltd", "Ltd.", "Motors", "Technologies",
      "Society", "Club", "Treasury", "Service", "Bureau", "Police", "Hospital", "School",
      "College", "Museum", "Library", "Center", "Centre", "Federation", "League", "Senate",
      "Assembly", "Airlines", "Network", "Press", "Institution");
  /** Last words that make a name a place's: "Wharf Street", "Heron Ridge", "Kestrel Bay". */
  private static final Set<String> PLACE_WORDS = Set.of("Street", "Road", "Avenue", "Square",
      "Bay", "Ridge", "River", "Lake", "Island", "Islands", "Mountain", "Mountains", "Valley",
      "Park", "Bridge", "Harbour", "Harbor", "Beach", "Coast", "Strait", "Sea", "Ocean", "Province",
      "County", "City", "Peninsula", "Desert", "Port", "Hill", "Hills", "Canal", "Gulf");
  /** Capitalised words that open sentences or name days and months, never part of a name. */
  private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "That",
      "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "If", "When",
      "After", "Before", "As", "For", "With", "From", "By", "Its", "His", "Her", "Their", "Our");
  private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "of",
      "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be",
      "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she",
      "they", "we", "i", "you", "his", "her", "their", "our", "said", "says", "will", "would",
      "can", "could", "not", "no", "more", "than", "also", "about", "after", "before", "into",
      "over", "who", "which", "what", "when", "where", "there", "here", "one", "two", "new",
      "last", "year", "years", "per", "cent", "percent", "up", "out", "all", "so", "if", "do");

  /** Up to {@value #MAX_NAMES} names, then up to {@value #MAX_KEYPHRASES} keyphrases. */
  public List<Tag> tag(String title, List<String> paragraphs) {
    String text = title + "\n" + String.join("\n", paragraphs);
    List<Tag> tags = new ArrayList<>();
    names(text).stream().limit(MAX_NAMES).forEach(n -> add(tags, n, kindOf(n)));
    keyphrases(text).stream().limit(MAX_KEYPHRASES).forEach(k -> add(tags, k, Tag.Kind.TOPIC));
    return tags;
  }

  private static List<String> names(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      if (inCapitals(m.group())) {
        continue; // a dateline ("KESTREL BAY —") or a shouted line, not a name
      }
      for (String name : nameParts(m.group())) {
        if (name.indexOf(' ') > 0) {
          counts.merge(name, 1, Integer::sum);
        }
      }
    }
    return byCount(counts, 1);
  }

  /** True when every word of {@code run} is written in capitals. */
  private static boolean inCapitals(String run) {
    return run.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * The names in a run: it is cut at every word that never stands in a name (an article, a month,
   * a weekday: "The European Central Bank", "Every December Earth" is no name but two sentence
   * words around a month), and each part loses the connecting words it ends with.
   */
  private static List<String> nameParts(String run) {
    List<String> parts = new ArrayList<>();
    List<String> part = new ArrayList<>();
    for (String word : run.split(" ")) {
      if (NOT_NAME_WORDS.contains(word)) {
        parts.add(withoutTrailingConnectors(part));
        part.clear();
      } else {
        part.add(word);
      }
    }
    parts.add(withoutTrailingConnectors(part));
    return parts;
  }

  private static String withoutTrailingConnectors(List<String> words) {
    int to = words.size();
    while (to > 0 && CONNECTORS.contains(words.get(to - 1))) {
      to--;
    }
    return String.join(" ", words.subList(0, to));
  }

  private static List<String> keyphrases(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String sentence : text.split("[.!?;:\\n]")) {
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(sentence);
      while (m.find()) {
        words.add(m.group());
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        String a = words.get(i);
        String b = words.get(i + 1);
        if (isContent(a) && isContent(b)) {
          counts.merge(a.toLowerCase(Locale.ROOT) + " " + b.toLowerCase(Locale.ROOT), 1,
              Integer::sum);
        }
      }
    }
    return byCount(counts, MIN_KEYPHRASE_COUNT);
  }

  /** A lower-case word that is not a stopword: capitalised words belong to names. */
  private static boolean isContent(String w) {
    return w.length() > 2 && Character.isLowerCase(w.charAt(0))
        && !STOPWORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static List<String> byCount(Map<String, Integer> counts, int min) {
    return counts.entrySet().stream().filter(e -> e.getValue() >= min)
        .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
  }

  private static Tag.Kind kindOf(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (ORGANIZATION_WORDS.contains(last) || name.contains(" of ")) {
      return Tag.Kind.ORGANIZATION;
    }
    return PLACE_WORDS.contains(last) ? Tag.Kind.PLACE : Tag.Kind.PERSON;
  }

  private static void add(List<Tag> tags, String name, Tag.Kind kind) {
    String slug = Slugs.of(name);
    if (!slug.isEmpty() && tags.stream().noneMatch(t -> t.slug().equals(slug))) {
      tags.add(new Tag(name, slug, kind));
    }
  }
}
