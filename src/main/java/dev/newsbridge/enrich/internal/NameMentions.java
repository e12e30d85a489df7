package dev.newsbridge.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the capitalised names written in an English text, one {@link Mention} per occurrence:
 * runs of one to four capitalised words, cut at words that never stand in a name ("The", months,
 * weekdays), without a possessive ("OpenAI's" is a mention of OpenAI) or a lower-case hyphenated
 * suffix ("Sugar Land-based" one of Sugar Land). Names in capitals of two words or more are left
 * out: they are datelines ("HARBOR CITY —") or shouted lines, not names.
 */
final class NameMentions {
  /**
   * One occurrence of a name, with the text on either side, since what surrounds a name tells its
   * kind ("in X", "X said in a statement").
   *
   * @param sentenceInitial whether it opens its sentence, where any word is capitalised
   */
  record Mention(String name, String before, String after, boolean sentenceInitial) {
    boolean oneWord() {
      return name.indexOf(' ') < 0;
    }
  }

  /** How much text on either side of a mention is kept: enough for "said in a statement". */
  static final int CONTEXT_CHARS = 40;

  /**
   * A capitalised word: initials ("J.", "U.S.") or a word whose dots stand inside it, so that a
   * sentence's full stop ends a name ("the asteroid Phaethon. Every December ...").
   */
  private static final String NAME_WORD =
      "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{N}'’-]+(?:\\.(?=\\p{L})[\\p{L}'’-]+)*)";
  /**
   * Lower-case words that join the words of one name: "Bank of England". Not "and", which far
   * more often joins two names ("Brindle and Veltrix") than stands inside one.
   */
  private static final Pattern RUN = Pattern.compile(
      "(?<![@#])\\b" + NAME_WORD + "(?: (?:of |for )?" + NAME_WORD + "){0,3}(?![\\p{L}'’-])");
  private static final Pattern WORD_IN_RUN = Pattern.compile("\\S+");
  /** What a name sheds: a possessive, or a suffix such as "-based", "-listed", "-owned". */
  private static final Pattern SHED = Pattern.compile("(?:['’]s?|-\\p{Ll}+)$");
  /** What may stand between a sentence's end and its first word: spaces, quotes, brackets. */
  private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'(\\[]*$");
  private static final String SENTENCE_ENDS = ".!?:;\n";
  /** Small words inside a name ("Bank of China", "Society for Science"), never at its ends. */
  static final Set<String> CONNECTORS = Set.of("of", "for");
  /**
   * Capitalised words that never stand in a name: the small words that open sentences ("The",
   * "While", "Under"), titles of address, and days and months, so that "Every December Earth"
   * and "While Stadia" are cut around them.
   */
  private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "That",
      "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
      "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "If", "When",
      "After", "Before", "As", "For", "With", "From", "By", "Its", "His", "Her", "Their", "Our",
      "To", "Of", "Or", "So", "Yet", "There", "Here", "What", "Why", "How", "Who", "Where",
      "Which", "Whether", "You", "Your", "My", "Me", "Us", "Him", "Them", "Under", "While",
      "Although", "Though", "Because", "Since", "Until", "During", "Despite", "Without",
      "Within", "Among", "Between", "Through", "About", "Also", "Then", "Now", "Still",
      "However", "Meanwhile", "Thanks", "Hey", "Being", "Some", "Many", "Most", "All", "Every",
      "Each", "Both", "Such", "Not", "No", "Yes", "Is", "Was", "Are", "Were", "Do", "Does", "Did",
      "Has", "Have", "Had", "One", "Other", "Others", "Another", "More", "Even", "Just", "Only");

  private NameMentions() {}

  /** Every mention in {@code text}, in text order. */
  static List<Mention> in(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      addParts(text, run.start(), run.group(), mentions);
    }
    return mentions;
  }

  /** True when {@code part} has several words and every letter is a capital. */
  private static boolean inCapitals(String part) {
    return part.indexOf(' ') > 0
        && part.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * Adds the names of one run: the stretches between the words that never stand in a name, each
   * ending at a possessive or a suffix ("NBA-leading Lakers" names the NBA and the Lakers).
   */
  private static void addParts(String text, int runStart, String run, List<Mention> out) {
    int partStart = -1;
    int partEnd = -1;
    Matcher word = WORD_IN_RUN.matcher(run);
    while (word.find()) {
      boolean nameWord = !NOT_NAME_WORDS.contains(word.group());
      if (nameWord && partStart < 0 && !CONNECTORS.contains(word.group())) {
        partStart = runStart + word.start();
      }
      if (nameWord && !CONNECTORS.contains(word.group())) {
        partEnd = runStart + word.end();
      }
      if (!nameWord || word.hitEnd() || SHED.matcher(word.group()).find()) {
        if (partStart >= 0 && partEnd > partStart
            && !inCapitals(text.substring(partStart, partEnd))) {
          out.add(mention(text, partStart, partEnd));
        }
        partStart = partEnd = -1;
      }
    }
  }

  private static Mention mention(String text, int start, int end) {
    String name = text.substring(start, end);
    Matcher shed = SHED.matcher(name);
    int nameEnd = shed.find() && shed.start() > 0 ? start + shed.start() : end;
    String before = text.substring(Math.max(0, start - CONTEXT_CHARS), start);
    String after = text.substring(nameEnd, Math.min(text.length(), nameEnd + CONTEXT_CHARS));
    return new Mention(text.substring(start, nameEnd), before, after, opensSentence(text, start));
  }

  /**
   * True when only spaces, quotes or brackets stand between {@code at} and a sentence's end, a
   * line break or the text's start.
   */
  private static boolean opensSentence(String text, int at) {
    Matcher gap = OPENING.matcher(text.substring(Math.max(0, at - CONTEXT_CHARS), at));
    gap.find();
    int end = at - gap.group().length();
    return end <= 0 || gap.group().indexOf('\n') >= 0
        || SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
  }
}
