package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.enrich.internal.NameMentions.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tags an English original with simple surface rules, no model: capitalised names of one to four
 * words ({@link NameMentions}), a single word only when sentences keep capitalising it ({@link
 * OneWordNames}: "Veltrix", "OpenAI"), each a person, organisation, place or topic by its words
 * and what surrounds it ({@link NameKinds}); keyphrases are pairs of content words the text repeats
 * ("interest rates"). Names come first, by mentions; a surname alone ("Ortiz said") is a mention
 * of the full name, as is a known given name alone ("Ivan" of "Ivan Braiker") and the name after
 * a title ("U.S. Attorney James Kennedy": {@link Titles}). Words that stand before a name only
 * because they open its sentence or the headline ("Enter South Dakota", "Shares of Veltrix") are
 * taken off ({@link SentenceOpeners}). The world's countries, territories, continents and
 * capitals are one tag each whichever of their names the text uses ("U.S.", "US", "United
 * States": {@link WorldPlaces}), named as a Chinese article's tag for the same place is (美国
 * "United States"). Out of scope: a gazetteer of other places.
 */
public final class EnglishTagger {
  /** The most name tags. */
  public static final int MAX_NAMES = 5;
  /**
   * The most place tags, for Chinese articles too: a report names many countries in passing (every
   * Chinese story names China), and the people and bodies it is about need the room.
   */
  public static final int MAX_PLACES = 2;
  /** The most keyphrase tags. */
  public static final int MAX_KEYPHRASES = 3;
  /** How often a word pair must occur to be a keyphrase. */
  public static final int MIN_KEYPHRASE_COUNT = 2;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
  private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "of",
      "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be",
      "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she",
      "they", "we", "i", "you", "his", "her", "their", "our", "said", "says", "will", "would",
      "can", "could", "not", "no", "more", "than", "also", "about", "after", "before", "into",
      "over", "who", "which", "what", "when", "where", "there", "here", "one", "two", "new",
      "last", "year", "years", "per", "cent", "percent", "up", "out", "all", "so", "if", "do");

  /**
   * Up to {@value #MAX_NAMES} names (at most {@value #MAX_PLACES} of them places), then up to
   * {@value #MAX_KEYPHRASES} keyphrases.
   */
  public List<Tag> tag(String title, List<String> paragraphs) {
    String body = String.join("\n", paragraphs);
    String text = title + "\n" + body;
    List<Tag> tags = new ArrayList<>();
    List<Mention> inBody = NameMentions.in(body);
    Set<String> inSentence = inBody.stream().filter(m -> !m.sentenceInitial())
        .map(Mention::name).collect(Collectors.toSet());
    Map<String, List<Mention>> names = names(
        SentenceOpeners.inHeadline(title, inSentence, body),
        SentenceOpeners.inBody(inBody, inSentence, text), text);
    Set<String> companies = companies(names);
    int places = 0;
    for (Map.Entry<String, List<Mention>> n : names.entrySet()) {
      if (tags.size() >= MAX_NAMES) {
        break; // the kinds of names that get no slot are not worth reading
      }
      Tag.Kind kind = NameKinds.of(n.getKey(), n.getValue(), companies);
      if (kind != Tag.Kind.PLACE || places++ < MAX_PLACES) {
        add(tags, n.getKey(), kind);
      }
    }
    keyphrases(text).stream().limit(MAX_KEYPHRASES).forEach(k -> add(tags, k, Tag.Kind.TOPIC));
    return tags;
  }

  /**
   * The names with their mentions, most mentioned first: every name of several words, the body's
   * one-word names, a surname's mentions added to its name's, and a place's other names ("U.S.",
   * "UK") to the one it is tagged by. The headline counts, but its single words are no evidence:
   * headlines capitalise every word.
   */
  private static Map<String, List<Mention>> names(List<Mention> headline, List<Mention> body,
      String text) {
    List<Mention> all = new ArrayList<>(headline);
    all.addAll(body);
    Map<String, String> fullNames = fullNamesBySurname(all);
    Set<String> oneWord = OneWordNames.in(body, fullNames.keySet(), text);
    Map<String, List<Mention>> names = new LinkedHashMap<>();
    for (Mention m : all) {
      String name = m.oneWord() ? fullNames.getOrDefault(m.name(), m.name()) : m.name();
      if (!m.oneWord() || oneWord.contains(name) || fullNames.containsKey(m.name())) {
        String place = WorldPlaces.canonical(name);
        names.computeIfAbsent(place == null ? name : place, n -> new ArrayList<>()).add(m);
      }
    }
    names.keySet().removeIf(n -> isPeopleOf(n, names.keySet()));
    List<Map.Entry<String, List<Mention>>> ranked = new ArrayList<>(names.entrySet());
    ranked.sort((a, b) -> rank(b) - rank(a));
    Map<String, List<Mention>> byMentions = new LinkedHashMap<>();
    ranked.forEach(e -> byMentions.put(e.getKey(), e.getValue()));
    return byMentions;
  }

  /** The one-word names the text shows to be organisations ("Veltrix said in a statement"). */
  private static Set<String> companies(Map<String, List<Mention>> names) {
    return names.entrySet().stream().filter(n -> n.getKey().indexOf(' ') < 0)
        .filter(n -> NameKinds.of(n.getKey(), n.getValue(), Set.of()) == Tag.Kind.ORGANIZATION)
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  /**
   * True when {@code name} is the people of another of the {@code names}: "South Dakotans" of
   * "South Dakota", "Hawaiians" of "Hawaii", "Canadians" of "Canada", or the adjective of a listed
   * place ("North Korean state media", "South African officials"). They are neither a place nor a
   * body, and are dropped as the nationalities are ({@link OneWordNames}).
   */
  private static boolean isPeopleOf(String name, Set<String> names) {
    if (WorldPlaces.isNationality(name)) {
      return true; // "North Korean", "South African": the adjective of a listed place
    }
    if (!name.endsWith("ns")) {
      return false;
    }
    String stem = name.substring(0, name.length() - 2);
    return names.contains(stem) || stem.endsWith("a") && names.contains(stem.substring(0,
        stem.length() - 1)) || stem.endsWith("ia") && names.contains(stem.substring(0,
        stem.length() - 2) + "a");
  }

  /**
   * A name's mentions, one fewer for a one-word name: a single word is less surely a name than a
   * run, so it passes a run only when mentioned more ("Ascom" six times, not "Moon" twice).
   */
  private static int rank(Map.Entry<String, List<Mention>> name) {
    return name.getValue().size() - (name.getKey().indexOf(' ') < 0 ? 1 : 0);
  }

  /**
   * Each family name of a name of several words, its last word ("Ortiz") or, for a name written
   * family name first, its first ("Xi"), to the most mentioned name it is of;
   * names with "of" are left out ("Shares of Veltrix" may be a sentence's words, not a name), and
   * so is a listed place after a body's or a place's word: "Security Council Ukraine", a piece of
   * a long run, names no person Ukraine ("Oklahoma City Thunder" keeps its "Thunder"). A known
   * given name that opens one name only is that name too ("Ivan" of "Ivan Halvik"), unless it is
   * another's family name: press releases call their people by given name.
   */
  private static Map<String, String> fullNamesBySurname(List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    mentions.stream().filter(m -> !m.oneWord())
        .forEach(m -> counts.merge(m.name(), 1, Integer::sum));
    List<String> names = counts.keySet().stream()
        .filter(n -> !n.contains(" of ") && !n.contains(" for "))
        .filter(n -> !placeAfterKindWord(n))
        .sorted((a, b) -> counts.get(b) - counts.get(a)).toList();
    Map<String, String> bySurname = new HashMap<>();
    names.forEach(n -> bySurname.putIfAbsent(familyName(n), n));
    byGivenName(names).forEach(bySurname::putIfAbsent);
    return bySurname;
  }

  /**
   * Each known given name that opens names of one person only, to the most mentioned of them
   * ({@code names} come most mentioned first): "Ivan Braiker" and a headline's "Ivan Braiker
   * Chief Strategy" are one person, "Ivan Halvik" and "Ivan Okafor" two.
   */
  private static Map<String, String> byGivenName(List<String> names) {
    Map<String, List<String>> opened = names.stream()
        .filter(n -> !FamilyNameFirst.isFamilyNameFirst(n))
        .filter(n -> GivenNames.knows(n.split(" ")[0]))
        .collect(Collectors.groupingBy(n -> n.split(" ")[0]));
    Map<String, String> byGiven = new HashMap<>();
    opened.forEach((given, of) -> {
      if (of.stream().map(n -> n.split(" ")[1]).distinct().count() == 1) {
        byGiven.put(given, of.get(0));
      }
    });
    return byGiven;
  }

  /** "Ortiz" of "Lena Ortiz"; "Xi" of "Xi Jinping" ({@link FamilyNameFirst}). */
  private static String familyName(String name) {
    return FamilyNameFirst.isFamilyNameFirst(name)
        ? name.substring(0, name.indexOf(' '))
        : name.substring(name.lastIndexOf(' ') + 1);
  }

  private static boolean placeAfterKindWord(String name) {
    String[] words = name.split(" ");
    return WorldPlaces.knows(words[words.length - 1])
        && Arrays.stream(words, 0, words.length - 1).anyMatch(NameKinds::isKindWord);
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

  private static void add(List<Tag> tags, String name, Tag.Kind kind) {
    String slug = kind == Tag.Kind.TOPIC ? Slugs.ofTopic(name) : Slugs.of(name);
    if (!slug.isEmpty() && tags.stream().noneMatch(t -> t.slug().equals(slug))) {
      tags.add(new Tag(name, slug, kind));
    }
  }
}
