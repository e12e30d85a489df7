package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.internal.NameMentions.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off a name the words that only stand before it because they open its sentence: "Enter
 * South Dakota", "Introducing Junior Gaspard", "Shares of Veltrix", and the headline's words that
 * every word of a headline capitalises ("Video Shows Dramatic Rescue of Kidnapped Fort Worth
 * Girl"). The text is the evidence: a word it also writes in small letters ("the shares") is a
 * word of the sentence, and so is a word before a name the text names without it ("South Dakota"
 * elsewhere); a short list holds the verbs that open sentences as commands ("Remember New
 * Jersey's quest"). Never taken off: a name the text also writes inside a sentence, and the words
 * that open place names ("New", "South", "United"), whose small-letter forms are common words. A
 * first name that is also a word ("Grace Lund", "Mark Esper") is kept at a sentence's start unless
 * the rest is itself named elsewhere. A headline's verb between two names ("Lund Says Veltrix")
 * parts them. Out of scope: other sentence words inside a name, which names hold too ("Fort Worth
 * Police").
 */
final class SentenceOpeners {
  /** Verbs that open a sentence as a command or an introduction, and seldom open a name. */
  private static final Set<String> OPENING_VERBS = Set.of("Enter", "Remember", "Meet", "Imagine",
      "Consider", "Welcome", "Introducing", "Meanwhile", "Watch", "Read", "Ask", "Take", "Let",
      "Look", "Join", "Thank", "Congratulations", "Unlike", "Like", "Say");

  /**
   * Verbs a headline writes in capitals between its names ("Baek Visits Lisbon", "Lund Says
   * Veltrix Is Hiring"): a headline's run is cut at them even where the body never writes them in
   * small letters, since a name does not hold them.
   */
  private static final Set<String> HEADLINE_VERBS = Set.of("Says", "Visits", "Meets", "Wins",
      "Calls", "Urges", "Warns", "Slams", "Vows", "Seeks", "Signs", "Joins", "Beats", "Tours",
      "Backs", "Sues", "Blasts", "Praises", "Denies", "Rejects", "Announces", "Unveils",
      "Welcomes", "Arrives", "Hails", "Condemns", "Defends", "Criticizes", "Criticises",
      "Accuses", "Quits", "Resigns", "Dies", "Wants", "Plans", "Launches", "Hires", "Names",
      "Appoints", "Acquires", "Buys", "Sells", "Tells", "Asks", "Admits", "Fires");

  /**
   * The small words a headline in title case still writes in small letters ("Rescue of Ferry
   * Crew", "Falls Short at Launch"); any other word in small letters shows a sentence's case.
   */
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or",
      "nor", "for", "of", "to", "in", "on", "at", "by", "as", "up", "via", "vs", "with", "from",
      "into", "over", "onto", "upon", "than", "per", "off", "out");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private SentenceOpeners() {}

  /**
   * The mentions in {@code title} without the words the body writes in small letters at either
   * end; {@code inSentence} are the names the body writes inside sentences, {@code text} the whole
   * text. A mention left without words is dropped. A headline in title case capitalises every
   * word, so its mentions are marked as written where any word is capitalised: there a word left
   * alone ("Rescue" of "Video Shows Dramatic Rescue") is no family name used alone.
   */
  static List<Mention> inHeadline(String title, Set<String> inSentence, String text) {
    boolean titleCase = inTitleCase(title);
    List<Mention> out = new ArrayList<>();
    for (Mention m : NameMentions.in(title)) {
      for (Mention piece : apartAtVerbs(m, inSentence)) {
        List<String> words = new ArrayList<>(Arrays.asList(piece.name().split(" ")));
        dropLeading(words, inSentence, text, true);
        while (!words.isEmpty() && !inSentence.contains(String.join(" ", words))
            && isSentenceWord(words.get(words.size() - 1), text)) {
          words.remove(words.size() - 1);
          stripConnectors(words, words.size() - 1);
        }
        cutTitleAfterName(words, inSentence);
        if (!words.isEmpty()) {
          Mention kept = rebuilt(piece, words);
          out.add(titleCase ? capitalisedAnyway(kept) : kept);
        }
      }
    }
    return out;
  }

  /**
   * Cuts {@code words} after a name the body writes inside a sentence ({@code inSentence}) where
   * a title follows it: a headline puts a person's new office after the name ("Ivan Lund Chief
   * Yard Officer"), and the office is no part of it.
   */
  private static void cutTitleAfterName(List<String> words, Set<String> inSentence) {
    for (int end = words.size() - 1; end > 0; end--) {
      if (Titles.isTitleWord(words.get(end))
          && inSentence.contains(String.join(" ", words.subList(0, end)))) {
        words.subList(end, words.size()).clear();
        return;
      }
    }
  }

  /**
   * {@code m} in the pieces between the headline verbs in it ("Mira Lund Says Veltrix" is Mira
   * Lund and Veltrix), unless the body writes it whole inside a sentence ({@code inSentence}).
   */
  private static List<Mention> apartAtVerbs(Mention m, Set<String> inSentence) {
    if (inSentence.contains(m.name())) {
      return List.of(m);
    }
    List<Mention> pieces = new ArrayList<>();
    List<String> piece = new ArrayList<>();
    int pieceStart = 0;
    int at = 0;
    for (String word : m.name().split(" ")) {
      if (HEADLINE_VERBS.contains(word)) {
        addPiece(pieces, m, piece, pieceStart);
        piece = new ArrayList<>();
        pieceStart = at + word.length() + 1;
      } else {
        piece.add(word);
      }
      at += word.length() + 1;
    }
    addPiece(pieces, m, piece, pieceStart);
    return pieces;
  }

  /** Adds {@code words}, from {@code from} in {@code m}'s name, without connectors at its ends. */
  private static void addPiece(List<Mention> pieces, Mention m, List<String> words, int from) {
    stripConnectors(words, 0);
    stripConnectors(words, words.size() - 1);
    if (!words.isEmpty()) {
      pieces.add(rebuilt(m, words, from));
    }
  }

  /** True when {@code title} capitalises every word but the small ones ("Video Shows ..."). */
  static boolean inTitleCase(String title) {
    Matcher word = WORD.matcher(title);
    while (word.find()) {
      String w = word.group();
      if (Character.isLowerCase(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static Mention capitalisedAnyway(Mention m) {
    return new Mention(m.name(), m.before(), m.after(), true);
  }

  /** The body's mentions, each that opens its sentence without the words that open it only. */
  static List<Mention> inBody(List<Mention> mentions, Set<String> inSentence, String text) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.sentenceInitial() || m.oneWord()) {
        out.add(m);
        continue;
      }
      List<String> words = new ArrayList<>(Arrays.asList(m.name().split(" ")));
      out.add(dropLeading(words, inSentence, text, false) ? rebuilt(m, words) : m);
    }
    return out;
  }

  /** Drops the leading words that only open the sentence; true when any went. */
  private static boolean dropLeading(List<String> words, Set<String> inSentence, String text,
      boolean headline) {
    boolean dropped = false;
    while (words.size() > (headline ? 0 : 1) && !inSentence.contains(String.join(" ", words))
        && opensOnly(words, inSentence, text, headline)) {
      words.remove(0);
      stripConnectors(words, 0);
      dropped = true;
    }
    return dropped;
  }

  /** True when {@code words}' first word stands before the name only as its sentence's first. */
  private static boolean opensOnly(List<String> words, Set<String> inSentence, String text,
      boolean headline) {
    String first = words.get(0);
    if (NameKinds.opensPlaceName(first)) {
      return false;
    }
    List<String> rest = new ArrayList<>(words.subList(1, words.size()));
    boolean connected = stripConnectors(rest, 0);
    if (OPENING_VERBS.contains(first)
        || rest.size() > 1 && inSentence.contains(String.join(" ", rest))) {
      return true;
    }
    return isSentenceWord(first, text) && (headline || connected || rest.size() > 1);
  }

  /** Removes "of", "for" or a particle ("von") at {@code at}; true when there was one. */
  private static boolean stripConnectors(List<String> words, int at) {
    boolean any = false;
    while (at >= 0 && at < words.size() && NameMentions.joinsName(words.get(at))) {
      words.remove(at);
      at = Math.min(at, words.size() - 1);
      any = true;
    }
    return any;
  }

  private static boolean isSentenceWord(String word, String text) {
    return OneWordNames.writtenInLowerCase(word, text);
  }

  /** {@code m} as the run of {@code words} it keeps, the dropped words moved into its context. */
  private static Mention rebuilt(Mention m, List<String> words) {
    return rebuilt(m, words, 0);
  }

  /** As {@link #rebuilt(Mention, List)}, for the run of {@code words} at or after {@code from}. */
  private static Mention rebuilt(Mention m, List<String> words, int from) {
    String name = String.join(" ", words);
    int start = m.name().indexOf(name, from);
    String before = m.before() + m.name().substring(0, start);
    String after = m.name().substring(start + name.length()) + m.after();
    return new Mention(name, before, after, m.sentenceInitial() && start == 0);
  }
}
