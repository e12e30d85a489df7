package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.internal.NameMentions.Mention;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which single capitalised words of a text are names ("Veltrix", "OpenAI", "KBTA"). A
 * sentence capitalises its first word whatever it is, so only mentions inside a sentence count,
 * and a word must be written so at least {@value #MIN_MENTIONS} times: once may be a stray
 * capital. A plain capitalised word must never be written in lower case ("the Harbour fund" and
 * "the harbour" is no name), an acronym never as a common noun ("an EV", "SUVs") or a shouted
 * word ("GROW" and "grow"). Never names: nationalities and languages ("Norwegian", "Chinese"),
 * titles ("President"), roman numerals, contractions ("I’m"), and words that end a name of
 * several words ("Ortiz said" speaks of Lena Ortiz, not of someone new). Out of scope: names that
 * begin with a small letter ("iPhone", "eBay"), and nationalities without those endings.
 */
final class OneWordNames {
  /** How often a word must be capitalised inside sentences to be a name. */
  static final int MIN_MENTIONS = 2;

  /** Endings of nationalities and languages: "Norwegian", "Chinese", "Danish", "Americans". */
  private static final Pattern NATIONALITY = Pattern.compile(".*(?:ese|ish|ians?|eans?|icans?)");
  /** Titles capitalised before names ("President Lena Ortiz") and alone ("the President"). */
  private static final Set<String> TITLES = Set.of("President", "Vice", "Senator", "Governor",
      "Minister", "Secretary", "Chairman", "Chairwoman", "Mayor", "Judge", "Director", "Professor",
      "Chief", "King", "Queen", "Prince", "Princess", "Pope", "General", "Captain", "Coach", "Sen",
      "Rep", "Gov", "Gen", "Prof", "Officer", "Speaker", "Premier", "Chancellor", "Ambassador");
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
    if (TITLES.contains(word) || NATIONALITY.matcher(word).matches()
        || ROMAN_NUMERAL.matcher(word).matches() || CONTRACTION.matcher(word).matches() || ACRONYM_PLURAL.matcher(word).matches()) {
      return false;
    }
    if (ACRONYM.matcher(word).matches()) {
      return !commonNounAcronym(word, text) && !writtenInLowerCase(word, text);
    }
    return !PLAIN.matcher(word).matches() || !writtenInLowerCase(word, text);
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
  private static boolean writtenInLowerCase(String word, String text) {
    String lower = word.toLowerCase(Locale.ROOT);
    String alone = "(?<![\\p{L}'’-])" + Pattern.quote(lower) + "(?![\\p{L}'’-])";
    return Pattern.compile(alone).matcher(text).find();
  }
}
