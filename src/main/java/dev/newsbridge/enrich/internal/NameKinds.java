package dev.newsbridge.enrich.internal;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.enrich.internal.NameMentions.Mention;
import dev.newsbridge.translate.ChineseLexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells what an English name stands for, by the name's own words first and then by what its
 * mentions say around it. A name the world list knows is a place ("Vietnam", "U.S.", "Hanoi":
 * {@link WorldPlaces}). A name of several words is an organisation or a place when its last word
 * says so ("... Society", "Kestrel Bay"), a place when its first word opens place names ("San
 * Francisco", "Fort Worth"), the dictionary knows it as a place of China ("Anyang", through
 * {@link ChineseLexicon#regionOfEnglishName}) or the text reads it as one more often than as a
 * person ("in Vesta Nova", "a Vesta Nova-based firm", "Vesta Nova, Calvera,") or ends in a
 * compass word ("Calder North"). A run whose words before the last are a place is the place's
 * team or body ("San Marco Gulls", "Calder City Storm"), and one the text calls "the ..." as it
 * speaks or is told ("the Calder Reserve said", "told the Harbour Herald") a body. It is a person
 * only on evidence: a title or "said" around it (not after "the"), a given name, a particle
 * ("von"), its family name alone later (not "the Gulls"), a player's tally after it ("19
 * points"); a run opened by a company ("Google Stadia", or one the text names: "Brindle
 * Infinity") or with no evidence (a headline's "Quillon Falls Short") is a topic. A one-word name
 * is a place by the lists or by such cues, an organisation by its inner capitals ("OpenAI") or by
 * organisation cues ("at Morrow", "Veltrix said in a statement", "Brindle's chief executive"), a
 * person when titles stand before it more often ("Sen. Ortiz"), else a topic: a bare word could
 * be a person, a product or a team, and a wrong kind misleads more than a plain one. Out of scope:
 * states, provinces and cities abroad other than capitals, known by cues only.
 */
final class NameKinds {
  private static final Set<String> ORGANIZATION_WORDS = Set.of("Inc", "Inc.", "Corp", "Corp.",
      "Company", "Group", "Bank", "University", "Ministry", "Council", "Party", "Association",
      "Agency", "Department", "Commission", "Committee", "Institute", "Foundation", "Fund",
      "Organization", "Organisation", "Union", "Court", "Parliament", "Congress", "Times", "News",
      "Post", "Journal", "Office", "Authority", "Board", "Ltd", "Ltd.", "Motors", "Technologies",
      "Society", "Club", "Treasury", "Service", "Bureau", "Police", "Hospital", "School",
      "College", "Museum", "Library", "Center", "Centre", "Federation", "League", "Senate",
      "Assembly", "Airlines", "Network", "Press", "Institution", "Exchange", "Nations",
      // the words companies end their names with: "Getty Images", "Brindle Holdings"
      "Images", "Holdings", "Systems", "Labs", "Media", "Capital", "Partners", "Studios",
      "Entertainment", "Industries", "Enterprises", "Ventures", "Investments", "Securities",
      "Insurance", "Airways", "Pharmaceuticals", "Therapeutics", "Electronics", "Software",
      "Networks", "Communications", "Brands", "Foods", "Healthcare", "Solutions", "Hotels",
      "Resorts", "Suites");
  /**
   * Companies whose names open their products' and services' names ("Google Stadia", "Apple
   * Arcade", "Microsoft Teams"): such a run is a thing, no person, whatever the text says of it.
   */
  private static final Set<String> PRODUCT_MAKERS = Set.of("Google", "Apple", "Microsoft",
      "Amazon", "Facebook", "Meta", "Netflix", "Samsung", "Sony", "Nintendo", "Tesla", "IBM",
      "Intel", "Nvidia", "AMD", "Huawei", "Alibaba", "Tencent", "Baidu", "Xiaomi", "Oracle",
      "Adobe", "Spotify", "Uber", "Boeing", "Airbus", "Toyota", "Honda", "Nissan", "Hyundai",
      "Volkswagen", "VW", "BMW", "Audi", "Disney", "Twitter", "YouTube", "Instagram", "WhatsApp",
      "OpenAI", "Qualcomm", "Dell", "Lenovo", "Xbox", "PlayStation");
  /** Last words that make a name a place's: "Wharf Street", "Heron Ridge", "Kestrel Bay". */
  private static final Set<String> PLACE_WORDS = Set.of("Street", "Road", "Avenue", "Square",
      "Bay", "Ridge", "River", "Lake", "Island", "Islands", "Mountain", "Mountains", "Valley",
      "Park", "Bridge", "Harbour", "Harbor", "Beach", "Coast", "Strait", "Sea", "Ocean", "Province",
      "County", "City", "Peninsula", "Desert", "Port", "Hill", "Hills", "Canal", "Gulf",
      "Kingdom", "Republic", "Emirates", "States");
  /**
   * First words that open two-word place names, not people's: "San Francisco", "North Dakota";
   * longer names are often a place's team or shelter ("Santa Fe Animal Shelter").
   */
  private static final Set<String> PLACE_OPENERS = Set.of("San", "Santa", "Los", "Las", "Fort",
      "Saint", "St.", "Mount", "North", "South", "East", "West");
  /**
   * Words that open the names of countries, of any length: "United Arab Emirates", "Republic of
   * Calvera", "Kingdom of ...". "United" also opens firms, which end in an organisation's word
   * ("United Airlines", "United Nations") and are known by it first.
   */
  private static final Set<String> COUNTRY_OPENERS = Set.of("United", "Republic", "Kingdom",
      "Commonwealth", "Principality", "Sultanate", "Emirate");
  /** Opens two-word place names ("New York", "New Mexico"), not "New CEO" of a headline. */
  private static final String NEW = "New";
  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
  /** A plural: "Herons", "Lakers"; not "Ross" nor "Marcus". */
  private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}+[^su]s");
  /**
   * Words only a person's name holds: an initial ("J."), "Jr.", "Sr.", a family name's particle
   * ("von", "van", "bin"; not "de" or "da", which place names hold too: "Rio de Janeiro").
   */
  private static final Pattern PERSON_ONLY_WORD =
      Pattern.compile("\\p{Lu}\\.|[JS]r\\.?|von|van|bin|ibn");
  /** "the" just before a name: a body ("the Calder Reserve"), never a person. */
  private static final Pattern THE_BEFORE = Pattern.compile("(?:^|\\b)(?:the|The) $");
  /**
   * "the" or an owner's word just before a word: a thing ("the Gulls", "our Infinity screens"),
   * not a person named by family name.
   */
  private static final Pattern THING_BEFORE =
      Pattern.compile("(?:^|\\b)(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Yy]our|[Hh]is|[Hh]er|[Mm]y) $");
  /**
   * What a body called "the ..." does or is told: "the Calder Reserve said", "the Calder
   * Reserve's decision", "told the Harbour Herald".
   */
  private static final Pattern SPEAKS_AFTER = Pattern.compile("^(?:['’]s?\\s| (?:said|says|"
      + "told|reported|announced|added|wrote)\\b)");
  private static final Pattern TOLD_THE_BEFORE =
      Pattern.compile("\\b(?:told|according to|report(?:ed)? (?:in|by)) the $");

  /**
   * Words before a place. One-word names get only the first three: "a statement from Veltrix",
   * "jokes across Twitter" are common, a one-word person or firm after the others is not.
   */
  private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|near|outside) $");
  private static final Pattern WIDER_PLACE_BEFORE =
      Pattern.compile("\\b(?:in|near|outside|from|across|throughout) $");
  private static final Pattern PLACE_AFTER = Pattern.compile("^-based\\b");
  /**
   * ", Calvera," after a name of several words: a place and the state or country it is in; not a
   * list of names ("Saraki, Melaye, Ben Bruce").
   */
  private static final Pattern APPOSITION =
      Pattern.compile("^, \\p{Lu}\\p{Ll}+(?:[.;]|,(?! \\p{Lu}))");
  private static final Pattern PERSON_BEFORE =
      Pattern.compile("\\b(?:said|says|told|according to|by) $");
  /**
   * "said", "who", ", 52," after a name; a family name's particle and the family name, where a
   * run cut at {@link NameMentions#MAX_WORDS} stops before them; or a player's tally in a results
   * list ("19 points and 3 steals", "1 save"), a count no team or body is written with.
   */
  private static final Pattern PERSON_AFTER = Pattern.compile("^(?: (?:said|says|told|added|"
      + "wrote|who)\\b|, (?:who\\b|\\d)"
      + "| (?:" + NameMentions.PARTICLE_ALTERNATIVES + ") \\p{Lu}"
      + "| \\d{1,3} (?:points?|goals?|assists?|saves?|steals?|rebounds?|blocks?|tackles?|sacks?|"
      + "strikeouts?|touchdowns?|receptions?)\\b)");
  private static final Pattern ORGANIZATION_BEFORE = Pattern.compile("\\b(?:at|shares (?:in|of)|"
      + "stake in|invest\\w* in|acquired|bought|joined|(?:CEO|chief executive|founder|chair\\w*|"
      + "president) of) $");
  /** Also a company's legal form after its name: "Brindle, Inc.", "Calder GmbH". */
  private static final Pattern ORGANIZATION_AFTER = Pattern.compile("^(?:['’]s? (?:chief|CEO|"
      + "shares|stock|board|founder|co-founder|spokes\\w+|chair\\w*|president|executives|"
      + "headquarters|employees|staff|investors)\\b| (?:said in a statement|spokes\\w+|shares|"
      + "stock|employees|executives)\\b|,? (?:Inc|Ltd|LLC|Corp|GmbH|AG|plc)\\b)");
  private static final Pattern POSSESSIVE = Pattern.compile("^['’]");
  /** "in NBA history", "in AI research": an acronym after "in" is rarely a place. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
  /**
   * A word with capitals inside ("OpenAI", "InfoNation"), but not a surname with a capitalised
   * prefix ("McDowell", "DeSantis", "LeBron"). Acronyms are left to their cues: as many name
   * things ("an EV", "AI") as bodies.
   */
  private static final Pattern ORGANIZATION_SHAPE = Pattern.compile(
      "(?!(?:Mc|Mac|De|Di|La|Le|Van|Von)\\p{Lu})\\p{Lu}\\p{L}*\\p{Ll}\\p{Lu}.*");

  private NameKinds() {}

  /** True when {@code word} says what a name of several words is ("Society", "Bay"). */
  static boolean isKindWord(String word) {
    return ORGANIZATION_WORDS.contains(word) || PLACE_WORDS.contains(word);
  }

  /** True when {@code word} opens place names ("South", "New", "United"). */
  static boolean opensPlaceName(String word) {
    return PLACE_OPENERS.contains(word) || word.equals(NEW) || COUNTRY_OPENERS.contains(word);
  }

  /**
   * The kind of {@code name}, written at {@code mentions}; {@code companies} are the one-word
   * names the text shows to be organisations, whose names open their products' ("Brindle
   * Infinity" of Brindle) as {@link #PRODUCT_MAKERS}' do.
   */
  static Tag.Kind of(String name, List<Mention> mentions, Set<String> companies) {
    if (WorldPlaces.knows(name)) {
      return Tag.Kind.PLACE;
    }
    if (name.indexOf(' ') < 0) {
      return ofOneWord(name, mentions);
    }
    String first = name.substring(0, name.indexOf(' '));
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (ORGANIZATION_WORDS.contains(last)) {
      return Tag.Kind.ORGANIZATION;
    }
    if (COUNTRY_OPENERS.contains(first)) {
      return Tag.Kind.PLACE;
    }
    if (name.contains(" of ")) {
      return Tag.Kind.ORGANIZATION;
    }
    boolean twoWords = name.indexOf(' ') == name.lastIndexOf(' ');
    boolean opensPlace = twoWords && (PLACE_OPENERS.contains(first)
        || first.equals(NEW) && PLAIN_WORD.matcher(last).matches());
    if (PLACE_WORDS.contains(last) || opensPlace || knownPlace(name)) {
      return Tag.Kind.PLACE;
    }
    if (PRODUCT_MAKERS.contains(first) || companies.contains(first)) {
      return Tag.Kind.TOPIC;
    }
    if (isTeamOfPlace(name)) {
      return Tag.Kind.ORGANIZATION;
    }
    long place = count(mentions, m -> placeCue(m, WIDER_PLACE_BEFORE)
        || APPOSITION.matcher(m.after()).find());
    long person = count(mentions, m -> !THE_BEFORE.matcher(m.before()).find()
        && (PERSON_BEFORE.matcher(m.before()).find() || PERSON_AFTER.matcher(m.after()).find()
        || Titles.endsInTitle(m.before()) || Titles.followedByTitle(m.after())));
    long body = count(mentions, m -> TOLD_THE_BEFORE.matcher(m.before()).find()
        || THE_BEFORE.matcher(m.before()).find() && SPEAKS_AFTER.matcher(m.after()).find());
    if (body > person && body >= place) {
      return Tag.Kind.ORGANIZATION; // "the Calder Reserve said"; "Lena Ortiz said" is a person
    }
    if (place > person || person == 0 && WorldPlaces.COMPASS_WORDS.contains(last)) {
      return Tag.Kind.PLACE; // "Calder North", a district; "Tarvo West said" is a person
    }
    return person > 0 || looksLikePerson(name, mentions) ? Tag.Kind.PERSON : Tag.Kind.TOPIC;
  }

  /**
   * True when {@code name}'s words before its last are a place and its last is no place's word:
   * a team or a body of the place ("San Marco Gulls", "Calder City Storm"); a person of two
   * words is named after a place only by a given name ("Paris Lindqvist"), so a listed place of
   * one word opens a team only when the last word is a plural ("Lisbon Herons").
   */
  private static boolean isTeamOfPlace(String name) {
    String place = name.substring(0, name.lastIndexOf(' '));
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (place.indexOf(' ') < 0) {
      return WorldPlaces.knows(place) && !GivenNames.knows(place) && PLURAL.matcher(last).matches();
    }
    String[] words = place.split(" ");
    boolean twoWords = words.length == 2;
    return WorldPlaces.knows(place) || knownPlace(place)
        || PLACE_WORDS.contains(words[words.length - 1])
        || twoWords && (PLACE_OPENERS.contains(words[0])
            || words[0].equals(NEW) && PLAIN_WORD.matcher(words[1]).matches());
  }

  /**
   * True when {@code name}, a run without cues around it, is a person's by its words or by a
   * later mention of its last word alone ("Ortiz" of "Lena Ortiz"): a known given name, a title
   * a person is known by ("Pope Leo"), a family name first ("Baek Seo-yeon"), an initial ("J."),
   * "Jr." Headlines, products and columns capitalise every word too ("Quillon Falls Short"), and
   * are a topic.
   */
  private static boolean looksLikePerson(String name, List<Mention> mentions) {
    String[] words = name.split(" ");
    return GivenNames.knows(words[0]) || Titles.isKnownBy(words[0])
        || FamilyNameFirst.isFamilyNameFirst(name)
        || mentions.stream().anyMatch(NameKinds::isFamilyNameAlone)
        || Arrays.stream(words).anyMatch(w -> PERSON_ONLY_WORD.matcher(w).matches());
  }

  private static Tag.Kind ofOneWord(String name, List<Mention> mentions) {
    if (knownPlace(name)) {
      return Tag.Kind.PLACE;
    }
    if (ORGANIZATION_SHAPE.matcher(name).matches()) {
      return Tag.Kind.ORGANIZATION;
    }
    long organization = count(mentions, NameKinds::organizationCue);
    long place = ACRONYM.matcher(name).matches() ? 0
        : count(mentions, m -> placeCue(m, PLACE_BEFORE));
    long person = count(mentions, m -> Titles.endsInTitle(m.before()));
    if (person > organization && person > place) {
      return Tag.Kind.PERSON;
    }
    if (place > organization) {
      return Tag.Kind.PLACE;
    }
    return organization > 0 ? Tag.Kind.ORGANIZATION : Tag.Kind.TOPIC;
  }

  /**
   * True when {@code m} is a name's last word alone inside a sentence, written as a person's
   * names are: not "CEO" or "BIG" of a headline's run, nor a sentence's first word, nor a thing
   * someone owns ("our Infinity screens" of "Calder Infinity").
   */
  private static boolean isFamilyNameAlone(Mention m) {
    return m.oneWord() && !m.sentenceInitial() && Titles.isPersonWord(m.name())
        && !Titles.isTitleWord(m.name()) && !THING_BEFORE.matcher(m.before()).find();
  }

  /** "in X", "X-based"; not "in X's ..." (the place is the thing X owns) nor "stake in X". */
  private static boolean placeCue(Mention m, Pattern before) {
    return !organizationCue(m) && !POSSESSIVE.matcher(m.after()).find()
        && (before.matcher(m.before()).find() || PLACE_AFTER.matcher(m.after()).find());
  }

  /** "at X", "CEO of X", "X's chief executive"; not "at X's headquarters", a place X owns. */
  private static boolean organizationCue(Mention m) {
    boolean owner = POSSESSIVE.matcher(m.after()).find();
    return ORGANIZATION_BEFORE.matcher(m.before()).find() && !owner
        || ORGANIZATION_AFTER.matcher(m.after()).find();
  }

  private static boolean knownPlace(String name) {
    return ChineseLexicon.regionOfEnglishName(name) != null;
  }

  private static long count(List<Mention> mentions, Predicate<Mention> cue) {
    return mentions.stream().filter(cue).count();
  }
}
