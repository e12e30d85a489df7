package dev.newsbridge.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the capitalised names written in an English text, one {@link Mention} per occurrence:
 * runs of capitalised words, cut at words that never stand in a name ("The", months, weekdays)
 * and before a person's name after a title ("U.S. Attorney James Kennedy" names the U.S. and
 * James Kennedy, {@link Titles}; "South Korean President Baek Seo Yeon" a nationality, which
 * names nothing, and Baek Seo Yeon), apart from the body a person is "of" ("Ivan Halvik of
 * Calder Hospital"), without a possessive ("OpenAI's" is a mention of OpenAI) or a
 * lower-case hyphenated suffix ("Sugar Land-based" one of Sugar Land), and in pieces of at most
 * {@value #MAX_WORDS} words. Names in capitals of two words or more are left out: they are
 * datelines ("HARBOR CITY —") or shouted lines, not names.
 */
final class NameMentions {
  /**
   * One occurrence of a name, with the text on either side, since what surrounds a name tells its
   * kind ("in X", "X said in a statement").
   *
   * @param sentenceInitial whether it opens its sentence or stands in a headline in title case,
   *     where any word is capitalised
   */
  record Mention(String name, String before, String after, boolean sentenceInitial) {
    boolean oneWord() {
      return name.indexOf(' ') < 0;
    }
  }

  /** How much text on either side of a mention is kept: enough for "said in a statement". */
  static final int CONTEXT_CHARS = 40;
  /**
   * The most words of one name, connectors not counted; a longer run is read as several names
   * (most are a title-case headline's words).
   */
  static final int MAX_WORDS = 4;

  /**
   * A capitalised word: initials ("J.", "U.S.") or a word whose dots stand inside it, so that a
   * sentence's full stop ends a name ("the asteroid Phaethon. Every December ...").
   */
  private static final String NAME_WORD =
      "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{N}'’-]+(?:\\.(?=\\p{L})[\\p{L}'’-]+)*)";
  /** Small words inside a name ("Bank of China", "Society for Science"), never at its ends. */
  static final Set<String> CONNECTORS = Set.of("of", "for");
  /** A family name's small words ("Richard von Weizsäcker"), inside a name as the connectors. */
  static final Set<String> PARTICLES = Set.of("von", "van", "de", "da", "di", "du", "del", "der",
      "bin", "ibn");
  /** {@link #PARTICLES} as a regular expression's alternatives, in a fixed order. */
  static final String PARTICLE_ALTERNATIVES = String.join("|", new TreeSet<>(PARTICLES));
  /**
   * Lower-case words that join the words of one name: "Bank of England", and a family name's
   * particles, one or two ("Richard von Weizsäcker", "Ursula von der Leyen", "Rio de Janeiro").
   * Not "and", which far more often joins two names ("Brindle and Veltrix") than stands inside one.
   */
  private static final Pattern RUN = Pattern.compile(
      "(?<![@#])\\b" + NAME_WORD + "(?: (?:of |for |(?:(?:" + PARTICLE_ALTERNATIVES + ") ){1,2})?"
      + NAME_WORD + ")*(?![\\p{L}'’-])");
  private static final Pattern WORD_IN_RUN = Pattern.compile("\\S+");
  /**
   * What a name sheds: a possessive, or a suffix that makes it a modifier ("-based", "-listed",
   * "-owned"). Listed, not any small word after a hyphen: a Korean given name's second syllable is
   * written so (Park Geun-hye, Han Ji-hoon), as is a Taiwanese one (Tsai Ing-wen), and belongs to
   * the name.
   */
  private static final Pattern SHED = Pattern.compile("(?:['’]s?|-(?:based|born|bred|led|owned|"
      + "backed|listed|made|built|run|operated|linked|controlled|funded|financed|affiliated|"
      + "registered|headquartered|bound|style|era|related|like|focused|centric|wide|level|"
      + "class|sized|inspired|themed|branded|founded|supported|sponsored|friendly|free|"
      + "dominated|allied|aligned|appointed|elected|educated|trained|area|region|leading|winning|"
      + "selling|speaking|producing|making|owning))$");
  /** What may stand between a sentence's end and its first word: spaces, quotes, brackets. */
  private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'(\\[]*$");
  private static final String SENTENCE_ENDS = ".!?:;\n";
  /**
   * Capitalised words that never stand in a name: the small words that open sentences ("The",
   * "While", "Under"), titles of address ({@link Titles#OF_ADDRESS}), and days and months, so
   * that "Every December Earth" and "While Stadia" are cut around them.
   */
  private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "That",
      "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
      "Oct", "Nov", "Dec", "If", "When",
      "After", "Before", "As", "For", "With", "From", "By", "Its", "His", "Her", "Their", "Our",
      "To", "Of", "Or", "So", "Yet", "There", "Here", "What", "Why", "How", "Who", "Where",
      "Which", "Whether", "You", "Your", "My", "Me", "Us", "Him", "Them", "Under", "While",
      "Although", "Though", "Because", "Since", "Until", "During", "Despite", "Without",
      "Within", "Among", "Between", "Through", "About", "Also", "Then", "Now", "Still",
      "However", "Meanwhile", "Thanks", "Hey", "Being", "Some", "Many", "Most", "All", "Every",
      "Each", "Both", "Such", "Not", "No", "Yes", "Is", "Was", "Are", "Were", "Do", "Does", "Did",
      "Has", "Have", "Had", "One", "Other", "Others", "Another", "More", "Even", "Just", "Only");

  private NameMentions() {}

  /** True when {@code word} stands only inside a name: a connector or a particle. */
  static boolean joinsName(String word) {
    return CONNECTORS.contains(word) || PARTICLES.contains(word);
  }

  private static boolean neverInName(String word) {
    return NOT_NAME_WORDS.contains(word) || Titles.OF_ADDRESS.contains(word);
  }

  /**
   * Every mention in {@code text}, in text order. A title is cut off again after the run is cut
   * into names of {@value #MAX_WORDS} words: "Prime Minister Keir Starmer Visits Paris", a
   * headline's, names no person of four words after the title, but its first piece has one.
   */
  static List<Mention> in(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      List<List<Word>> names = parts(run.start(), run.group());
      names = flatMap(names, NameMentions::nationalityApart);
      names = flatMap(names, NameMentions::personApartFromBody);
      names = flatMap(names, part -> withoutTitle(part, text));
      names = flatMap(names, NameMentions::atMostMaxWords);
      names = flatMap(names, piece -> withoutTitle(piece, text));
      for (List<Word> words : names) {
        int start = words.get(0).start();
        int end = words.get(words.size() - 1).end();
        if (!inCapitals(text.substring(start, end))) {
          mentions.add(mention(text, start, end));
        }
      }
    }
    return mentions;
  }

  private static List<List<Word>> flatMap(List<List<Word>> names,
      Function<List<Word>, List<List<Word>>> f) {
    return names.stream().flatMap(n -> f.apply(n).stream()).toList();
  }

  /** One word of a run and where it stands in the text. */
  private record Word(String text, int start, int end) {}

  /** True when {@code part} has several words and every letter is a capital. */
  private static boolean inCapitals(String part) {
    return part.indexOf(' ') > 0
        && part.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * The stretches of one run between the words that never stand in a name, each ending at a
   * possessive or a suffix ("NBA-leading Lakers" names the NBA and the Lakers).
   */
  private static List<List<Word>> parts(int runStart, String run) {
    List<List<Word>> parts = new ArrayList<>();
    List<Word> part = new ArrayList<>();
    Matcher word = WORD_IN_RUN.matcher(run);
    while (word.find()) {
      boolean nameWord = !neverInName(word.group());
      if (nameWord) {
        part.add(new Word(word.group(), runStart + word.start(), runStart + word.end()));
      }
      if (!nameWord || SHED.matcher(word.group()).find()) {
        addTrimmed(parts, part);
        part = new ArrayList<>();
      }
    }
    addTrimmed(parts, part);
    return parts;
  }

  /**
   * {@code part} without a title before a person ({@link Titles}): the words before the title
   * ("U.S.", "Apple") and the person's name. A one-word name keeps its title unless the text
   * also writes the word without it: "President Biden" and "Biden said" name Biden, but "General
   * Electric" alone names no Electric.
   */
  private static List<List<Word>> withoutTitle(List<Word> part, String text) {
    Titles.Cut cut = Titles.before(part.stream().map(Word::text).toList());
    if (cut == null || cut.nameStart() == part.size() - 1
        && !writtenWithout(part.get(cut.nameStart() - 1), part.get(cut.nameStart()), text)) {
      return List.of(part);
    }
    List<List<Word>> names = new ArrayList<>();
    addTrimmed(names, part.subList(0, cut.start()));
    names.add(part.subList(cut.nameStart(), part.size()));
    return names;
  }

  /**
   * {@code part} with a nationality of two words before a title set apart: "South Korean
   * President Baek Seo Yeon" names Baek Seo Yeon, and the title is cut from it as from "President
   * Baek Seo Yeon"; taken as the title's one word of its owner, "South" was left a name alone.
   */
  private static List<List<Word>> nationalityApart(List<Word> part) {
    for (int i = 0; i + 2 < part.size(); i++) {
      String pair = part.get(i).text() + " " + part.get(i + 1).text();
      if (WorldPlaces.isNationality(pair) && Titles.isTitleWord(part.get(i + 2).text())) {
        List<List<Word>> pieces = new ArrayList<>();
        addTrimmed(pieces, part.subList(0, i));
        pieces.add(part.subList(i, i + 2));
        pieces.addAll(nationalityApart(part.subList(i + 2, part.size())));
        return pieces;
      }
    }
    return List.of(part);
  }

  /**
   * {@code part} as a person and the body after "of", where its words before the "of" are a
   * person's name opened by a known given name: "Ivan Halvik of Calder Hospital" names Ivan
   * Halvik and Calder Hospital; "Bank of England" and "Secretary of State" stay one.
   */
  private static List<List<Word>> personApartFromBody(List<Word> part) {
    int of = 0;
    while (of < part.size() && !part.get(of).text().equals("of")) {
      of++;
    }
    if (of < 2 || of > Titles.MAX_NAME_WORDS || of == part.size()
        || !GivenNames.knows(part.get(0).text())
        || !part.subList(0, of).stream().map(Word::text).allMatch(NameMentions::plainPersonWord)) {
      return List.of(part);
    }
    List<List<Word>> pieces = new ArrayList<>();
    pieces.add(part.subList(0, of));
    addTrimmed(pieces, part.subList(of + 1, part.size()));
    return pieces;
  }

  private static boolean plainPersonWord(String word) {
    return Titles.isPersonWord(word) && !Titles.isTitleWord(word) && !NameKinds.isKindWord(word);
  }

  /** True when {@code text} has {@code word} somewhere {@code before} does not stand before it. */
  private static boolean writtenWithout(Word before, Word word, String text) {
    String w = Pattern.quote(SHED.matcher(word.text()).replaceFirst(""));
    String b = Pattern.quote(before.text());
    Pattern alone = Pattern.compile("(?<![\\p{L}'’-])" + w + "(?![\\p{L}\\p{N}])");
    Pattern titled = Pattern.compile("(?<![\\p{L}'’-])" + b + " " + w + "(?![\\p{L}\\p{N}])");
    return alone.matcher(text).results().count() > titled.matcher(text).results().count();
  }

  /**
   * {@code name} in pieces of at most {@value #MAX_WORDS} words, connectors and particles not
   * counted.
   */
  private static List<List<Word>> atMostMaxWords(List<Word> name) {
    List<List<Word>> pieces = new ArrayList<>();
    List<Word> piece = new ArrayList<>();
    int words = 0;
    for (Word w : name) {
      boolean connector = joinsName(w.text());
      if (!connector && words == MAX_WORDS) {
        addTrimmed(pieces, piece);
        piece = new ArrayList<>();
        words = 0;
      }
      piece.add(w);
      words += connector ? 0 : 1;
    }
    addTrimmed(pieces, piece);
    return pieces;
  }

  /** Adds {@code words} without connectors or particles at either end, unless none are left. */
  private static void addTrimmed(List<List<Word>> out, List<Word> words) {
    int from = 0;
    int to = words.size();
    while (from < to && joinsName(words.get(from).text())) {
      from++;
    }
    while (to > from && joinsName(words.get(to - 1).text())) {
      to--;
    }
    if (from < to) {
      out.add(List.copyOf(words.subList(from, to)));
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
