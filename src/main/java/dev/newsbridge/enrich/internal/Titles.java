package dev.newsbridge.enrich.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The titles English news capitalises before a person's name ("U.S. Attorney James Kennedy",
 * "Ombudsman Nadia Cruz", "Secretary of State Mike Pompeo", "Apple CEO Tim Cook"), and where such
 * a title ends in a run of capitalised words, so that the person is named without it. A title is
 * its last title word and the words that qualify it on either side ("Prime", "Deputy", "Defense";
 * "of State", "General"); what stands before those ("U.S.", "Apple") is a name of its own. A
 * title is cut only before a person's name: one to {@value #MAX_NAME_WORDS} plain capitalised
 * words, none of which name an organisation or a place ("General Motors", "Justice Department",
 * "King Street" and "Captain America" keep their first word), and not a single name after a
 * title it is known by ("Pope Francis"). Titles of address ("Mr", "Dr")
 * never stand in a name at all ({@link NameMentions}). A title after a name and a comma ("Dan
 * McDowell, InfoNation President") tells that the name is a person's. Out of scope: titles in
 * small letters ("defense secretary").
 */
final class Titles {
  /** The most words of a person's name after a title: "Ruth Bader Ginsburg". */
  static final int MAX_NAME_WORDS = 3;

  /** Words of address that never stand in a name: "Mr Lund" names Lund. */
  static final Set<String> OF_ADDRESS = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Mr.", "Mrs.",
      "Ms.", "Dr.");

  /** Offices, ranks and honours written before a person's name; abbreviations without dots. */
  private static final Set<String> TITLES = Set.of("President", "Premier", "Minister",
      "Secretary", "Secretary-General", "Senator", "Sen", "Representative", "Rep",
      "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Attorney", "Prosecutor",
      "Judge", "Justice", "Magistrate", "Ombudsman", "Chancellor", "Chairman", "Chairwoman",
      "Chairperson", "Chair", "CEO", "CFO", "COO", "CTO", "Officer", "Director",
      "Director-General", "Manager", "Professor", "Prof", "General", "Gen", "Lt", "Lieutenant",
      "Col", "Colonel", "Sgt", "Sergeant", "Captain", "Capt", "Commander", "Admiral", "Adm",
      "Marshal", "Brigadier", "Pope", "Cardinal", "Archbishop", "Bishop", "Reverend", "Rev",
      "Rabbi", "Imam", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh",
      "Emir", "Sultan", "Ambassador", "Envoy", "Commissioner", "Coach", "Speaker", "Leader",
      "Spokesman", "Spokeswoman", "Spokesperson", "Detective", "Det", "Sheriff", "Inspector",
      "Superintendent", "Chief", "Councilman", "Councilwoman", "Councillor", "Councilor",
      "Alderman", "Assemblyman", "Assemblywoman", "Treasurer", "Comptroller", "Founder",
      "Co-founder", "Dean", "Lord", "Lady", "Sir", "Dame", "Baroness", "Duke", "Duchess");
  /**
   * Titles a person of one name is known by: "Pope Francis", "King Charles", "Prince Harry" keep
   * theirs; "Sir Keir Starmer" is Keir Starmer.
   */
  private static final Set<String> KNOWN_BY = Set.of("Pope", "King", "Queen", "Prince",
      "Princess", "Emperor", "Empress", "Sheikh", "Emir", "Sultan", "Lord", "Lady", "Sir", "Dame",
      "Duke", "Duchess", "Baroness");
  /**
   * Words that qualify a title and are no name's: "Prime Minister", "Deputy Foreign Minister",
   * "Secretary of State", "Chief of Staff", "Attorney General", "Majority Leader".
   */
  private static final Set<String> QUALIFIERS = Set.of("Vice", "Prime", "Deputy", "Former",
      "Acting", "Interim", "Assistant", "Associate", "Senior", "Executive", "Managing", "Crown",
      "Grand", "Head", "Supreme", "Majority", "Minority", "Foreign", "Defense", "Defence",
      "Interior", "Finance", "Health", "Trade", "Commerce", "Energy", "Education", "Labor",
      "Labour", "Home", "Homeland", "Security", "Agriculture", "Transport", "Transportation",
      "Treasury", "State", "Staff", "Affairs", "Public", "Federal", "National", "District",
      "Police", "Fire");
  /** A text that ends in a title: "... said U.S. Attorney ", "... Sen. ". */
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + TITLES.stream()
      .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.? $");
  /**
   * A title after a name and a comma, up to two words of its owner before it: "Tova Brandt, New
   * CEO", "Dan McDowell, InfoNation President".
   */
  private static final Pattern TITLE_AFTER = Pattern.compile("^, (?:\\S+ ){0,2}?(?:"
      + TITLES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
  /** A word of a person's name: "Nadia", "Murray-Bruce", "O'Brien", "J.", "McDowell". */
  private static final Pattern PERSON_WORD =
      Pattern.compile("\\p{Lu}\\.|\\p{Lu}\\p{L}*\\p{Ll}[\\p{L}'’-]*");

  /**
   * Where a leading title stands in a run's {@code words}, and where the person after it starts.
   *
   * @param start the title's first word: the words before it are a name of their own
   * @param nameStart the first word of the person's name, which runs to the end
   */
  record Cut(int start, int nameStart) {}

  private Titles() {}

  /** True for a title ("President", "Sen", "Mr"), never a name of one word. */
  static boolean isTitle(String word) {
    return TITLES.contains(word) || OF_ADDRESS.contains(word);
  }

  /** True when {@code word} is written as a word of a person's name: "Ortiz", "McDowell". */
  static boolean isPersonWord(String word) {
    return PERSON_WORD.matcher(word).matches();
  }

  /** True for a title or a word that qualifies one ("Deputy", "Defense"). */
  static boolean isTitleWord(String word) {
    return isTitle(word) || QUALIFIERS.contains(word);
  }

  /** True when {@code before} ends in a title: the name after it is a person's. */
  static boolean endsInTitle(String before) {
    return TITLE_BEFORE.matcher(before).find();
  }

  /** True when {@code after} opens with a title after a comma: the name before is a person's. */
  static boolean followedByTitle(String after) {
    return TITLE_AFTER.matcher(after).find();
  }

  /**
   * The title before the person that {@code words} end with ("U.S. Attorney James Kennedy"),
   * or null when they name no person after a title. Connectors ("of") count as words.
   */
  static Cut before(List<String> words) {
    for (int title = words.size() - 2; title >= 0; title--) {
      if (TITLES.contains(words.get(title))) {
        int nameStart = title + 1;
        while (nameStart < words.size() && qualifiesAfter(words.get(nameStart))) {
          nameStart++;
        }
        List<String> name = words.subList(nameStart, words.size());
        boolean knownBy = name.size() == 1 && KNOWN_BY.contains(words.get(title));
        return isPersonName(name) && !knownBy ? new Cut(start(words, title), nameStart) : null;
      }
    }
    return null;
  }

  /** "General" of "Attorney General", "of State" of "Secretary of State". */
  private static boolean qualifiesAfter(String word) {
    return isTitleWord(word) || NameMentions.CONNECTORS.contains(word);
  }

  /**
   * Where the title ending at {@code title} starts: its qualifiers ("Deputy Foreign Minister") and
   * the one word before them, whose title it is ("U.S. Attorney", "German President", "Apple
   * CEO"); that word names its country or firm only in passing, like an adjective.
   */
  private static int start(List<String> words, int title) {
    int start = title;
    while (start > 0 && isTitleWord(words.get(start - 1))) {
      start--;
    }
    return start > 0 && !NameMentions.CONNECTORS.contains(words.get(start - 1)) ? start - 1 : start;
  }

  /**
   * Plain words naming neither a place nor a body, particles ("von") aside, or a family name
   * first ("Park Geun-hye").
   */
  private static boolean isPersonName(List<String> words) {
    String name = String.join(" ", words);
    List<String> plain = words.stream().filter(w -> !NameMentions.PARTICLES.contains(w)).toList();
    return !plain.isEmpty() && plain.size() <= MAX_NAME_WORDS && !WorldPlaces.knows(name)
        && (FamilyNameFirst.isFamilyNameFirst(name) || plain.stream().allMatch(w ->
            PERSON_WORD.matcher(w).matches() && !isTitleWord(w) && !NameKinds.isKindWord(w)
                && !WorldPlaces.knows(w)));
  }

  /** True for a title a person of one name is known by: "Pope", "King", "Sheikh". */
  static boolean isKnownBy(String word) {
    return KNOWN_BY.contains(word);
  }
}
