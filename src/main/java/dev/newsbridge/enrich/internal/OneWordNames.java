package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.internal.NameMentions.Mention;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which single capitalised words of a text are names ("Veltrix", "OpenAI", "KBTA"). A
 * sentence capitalises its first word whatever it is, so only mentions inside a sentence count,
 * and a word must be written so at least {@value #MIN_MENTIONS} times: once may be a stray
 * capital. A plain capitalised word must never be written in lower case ("the Harbour fund" and
 * "the harbour" is no name), an acronym never as a common noun ("an EV", "SUVs") or a shouted
 * word ("GROW" and "grow"), unless it is a country's ("a US firm", "join us": {@link
 * WorldPlaces}). Never names: nationalities and languages ("Norwegian", "Chinese"), titles
 * ("President", {@link Titles}), words with the endings of both that the text writes before
 * nouns ("Israeli officials", "the Dutch navy"), roman numerals, contractions ("I’m"), and
 * words that end a name of several words ("Ortiz said" speaks of Lena Ortiz, not of someone
 * new). Out of scope: names that begin with a small letter ("iPhone", "eBay"), and nationalities
 * without those endings ("German", "Thai").
 */
final class OneWordNames {
  /** How often a word must be capitalised inside sentences to be a name. */
  static final int MIN_MENTIONS = 2;

  /** Endings of nationalities and languages: "Norwegian", "Chinese", "Danish", "Americans". */
  private static final Pattern NATIONALITY = Pattern.compile(".*(?:ese|ish|ians?|eans?|icans?)");
  /**
   * Endings that nationalities share with names ("Israeli" and "Ferrari", "Dutch" and "Zurich"):
   * such a word is a nationality only when the text uses it as one. Not "-an": places so ending
   * are as often written before a noun ("the Manhattan facility", "Michigan voters") as "German".
   */
  private static final Pattern NATIONALITY_OR_NAME = Pattern.compile(".*(?:[^aeiou]i|ch)");
  /** Lower-case words after a name that are no noun it describes: "Jordan said", "Iran and". */
  private static final Set<String> NOT_NOUNS = Set.of("said", "says", "told", "is", "was", "are",
      "were", "has", "had", "have", "will", "would", "can", "could", "and", "or", "to", "of", "in",
      "on", "at", "for", "with", "by", "from", "as", "that", "which", "who", "but", "also", "may",
      "might", "should", "did", "does", "do", "its", "the", "a", "an");
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");
  private static final Pattern PLAIN = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+");
  /** "I’m", "I’d", "We’ll": a contraction, not a name ("D'Angelo" is one). */
  private static final Pattern CONTRACTION = Pattern.compile(".*['’]\\p{Ll}+");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
  /** "EVs", "ICUs": the plural of a common noun's acronym. */
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,5}s");

  private OneWordNames() {}

  /**
   * The one-word names among {@code mentions}, in order of first mention; {@code surnames} are the
   * last words of the text's names of several words, and {@code text} the whole text.
   */
  static Set<String> in(List<Mention> mentions, Set<String> surnames, String text) {
    Map<String, Integer> inSentence = new HashMap<>();
    for (Mention m : mentions) {
      if (m.oneWord() && !m.sentenceInitial()) {
        inSentence.merge(m.name(), 1, Integer::sum);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (Mention m : mentions) {
      String w = m.name();
      if (inSentence.getOrDefault(w, 0) >= MIN_MENTIONS && !surnames.contains(w)
          && couldBeName(w, text)) {
        names.add(w);
      }
    }
    return names;
  }

  private static boolean couldBeName(String word, String text) {
    if (Titles.isTitle(word) || NATIONALITY.matcher(word).matches()
        || ROMAN_NUMERAL.matcher(word).matches() || CONTRACTION.matcher(word).matches()
        || ACRONYM_PLURAL.matcher(word).matches() || usedAsNationality(word, text)) {
      return false;
    }
    if (ACRONYM.matcher(word).matches()) {
      return WorldPlaces.knows(word)
          || !commonNounAcronym(word, text) && !writtenInLowerCase(word, text);
    }
    return !PLAIN.matcher(word).matches() || !writtenInLowerCase(word, text);
  }

  /**
   * True when {@code word} ends as nationalities do and the text writes it before a lower-case
   * noun in more than half its occurrences ("the German president", "Israeli officials"), never
   * with a possessive ("Jordan's", "Ferrari's"): a name seldom describes the noun after it.
   */
  private static boolean usedAsNationality(String word, String text) {
    if (!NATIONALITY_OR_NAME.matcher(word).matches()) {
      return false;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(word) + "(?!\\p{L})"
        + "(?:(['’]s?)|(?![\\p{L}'’-]) (\\p{Ll}+)\\b)?").matcher(text);
    int all = 0;
    int beforeNoun = 0;
    while (m.find()) {
      if (m.group(1) != null) {
        return false;
      }
      all++;
      beforeNoun += m.group(2) != null && !NOT_NOUNS.contains(m.group(2)) ? 1 : 0;
    }
    return beforeNoun * 2 > all;
  }

  /**
   * True when the text writes {@code acronym} as a common noun or a unit: with a plural ("SUVs"),
   * after "a" or "an" ("an EV") or after a number ("300 HP").
   */
  private static boolean commonNounAcronym(String acronym, String text) {
    String a = Pattern.quote(acronym);
    return Pattern.compile("\\b(?:[Aa]n? " + a + "|\\d ?" + a + ")\\b|\\b" + a + "s\\b")
        .matcher(text).find();
  }

  /** True when the text has {@code word} in small letters ("the harbour", "grow" for "GROW"). */
  static boolean writtenInLowerCase(String word, String text) {
    String lower = word.toLowerCase(Locale.ROOT);
    String alone = "(?<![\\p{L}'’-])" + Pattern.quote(lower) + "(?![\\p{L}'’-])";
    return Pattern.compile(alone).matcher(text).find();
  }
}
