package dev.newsbridge.translate.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * English verb and noun forms the gloss needs: the past tense of a verb followed by 了, the past
 * participle after 被, and irregular plurals. Only the first word of a verb gloss is inflected
 * ("take over" → "took over"), after any adverbs ("seriously dealt with"); a gloss that is not a
 * plain verb is left alone.
 */
final class Inflector {
  /** Irregular verbs: base, past, participle. */
  private static final String IRREGULAR = "be was been;is was been;are were been;have had had;"
      + "do did done;say said said;make made made;take took taken;give gave given;"
      + "find found found;get got got;go went gone;come came come;see saw seen;know knew known;"
      + "think thought thought;tell told told;become became become;leave left left;"
      + "feel felt felt;bring brought brought;begin began begun;keep kept kept;hold held held;"
      + "write wrote written;stand stood stood;hear heard heard;let let let;mean meant meant;"
      + "set set set;meet met met;run ran run;pay paid paid;sit sat sat;speak spoke spoken;"
      + "lead led led;grow grew grown;lose lost lost;fall fell fallen;send sent sent;"
      + "build built built;understand understood understood;draw drew drawn;break broke broken;"
      + "spend spent spent;cut cut cut;rise rose risen;drive drove driven;buy bought bought;"
      + "wear wore worn;choose chose chosen;seek sought sought;throw threw thrown;"
      + "catch caught caught;deal dealt dealt;win won won;sell sold sold;fight fought fought;"
      + "put put put;hit hit hit;shoot shot shot;steal stole stolen;shut shut shut;"
      + "hurt hurt hurt;spread spread spread;bear bore borne;beat beat beaten;"
      + "forget forgot forgotten;freeze froze frozen;hide hid hidden;ride rode ridden;"
      + "sing sang sung;sink sank sunk;strike struck struck;teach taught taught;tear tore torn;"
      + "withdraw withdrew withdrawn;undertake undertook undertaken;overcome overcame overcome;"
      + "arise arose arisen;forbid forbade forbidden;show showed shown;split split split;"
      + "quit quit quit;bet bet bet;cost cost cost;upset upset upset;read read read;"
      + "eat ate eaten;drink drank drunk;fly flew flown;swim swam swum;light lit lit;"
      + "stop stopped stopped;plan planned planned;ban banned banned;admit admitted admitted;"
      + "commit committed committed;submit submitted submitted;permit permitted permitted;"
      + "drop dropped dropped;ship shipped shipped;occur occurred occurred;refer referred referred;"
      + "prefer preferred preferred;control controlled controlled;step stepped stepped;"
      + "grab grabbed grabbed;rob robbed robbed;stab stabbed stabbed;drag dragged dragged;"
      + "trap trapped trapped;slip slipped slipped;nab nabbed nabbed;scrap scrapped scrapped;"
      + "strip stripped stripped;tip tipped tipped;chop chopped chopped;dip dipped dipped;"
      + "swap swapped swapped;wrap wrapped wrapped;jog jogged jogged;hug hugged hugged;"
      + "transfer transferred transferred;omit omitted omitted;equip equipped equipped;"
      + "expel expelled expelled;compel compelled compelled;deter deterred deterred;"
      + "incur incurred incurred;regret regretted regretted;confer conferred conferred;"
      + "withstand withstood withstood;transmit transmitted transmitted;"
      + "kidnap kidnapped kidnapped;emit emitted emitted;outrun outran outrun;"
      + "overtake overtook overtaken;mislead misled misled;swear swore sworn;bind bound bound;"
      + "burst burst burst;broadcast broadcast broadcast;forecast forecast forecast;"
      + "drug drugged drugged";
  private static final Map<String, String[]> VERBS = new HashMap<>();
  /**
   * Irregular past forms that are no verb's base (caught, taken): a gloss already past ("caught in
   * a net" for 落网) is kept, not made "caughted". Not "found", which is "to found" too.
   */
  private static final Set<String> ALREADY_PAST = new java.util.HashSet<>();
  private static final Map<String, String> PLURALS = Map.ofEntries(
      Map.entry("child", "children"), Map.entry("person", "people"), Map.entry("man", "men"),
      Map.entry("woman", "women"), Map.entry("foot", "feet"), Map.entry("tooth", "teeth"),
      Map.entry("mouse", "mice"), Map.entry("life", "lives"), Map.entry("wife", "wives"),
      Map.entry("knife", "knives"), Map.entry("leaf", "leaves"), Map.entry("half", "halves"),
      Map.entry("shelf", "shelves"), Map.entry("thief", "thieves"),
      Map.entry("crisis", "crises"), Map.entry("analysis", "analyses"),
      Map.entry("phenomenon", "phenomena"), Map.entry("criterion", "criteria"));
  /** One-word glosses that are adverbs already: 确实 "indeed", not "indeedly". */
  private static final Set<String> ADVERBS_AS_IS = Set.of("indeed", "still", "again", "often",
      "soon", "well", "now", "also", "already", "almost", "always", "even", "just", "too",
      "quite", "rather", "together", "instead", "never", "ever", "once", "twice", "perhaps",
      "maybe", "thus", "hence", "fast", "hard", "much", "more", "most", "very", "far", "ahead",
      "forward", "abroad", "away", "seldom", "yet", "anyway", "otherwise", "therefore");
  /** First words that are not verbs even in a verb gloss ("already", "not"). */
  private static final Set<String> NOT_VERBS = Set.of("not", "already", "also", "very", "more",
      "most", "no", "all", "each", "every", "again", "still", "just", "only", "even", "so", "too");

  static {
    for (String triple : IRREGULAR.split(";")) {
      String[] f = triple.split(" ");
      VERBS.put(f[0], new String[] {f[1], f[2]});
      ALREADY_PAST.add(f[1]);
      ALREADY_PAST.add(f[2]);
    }
    ALREADY_PAST.removeAll(VERBS.keySet());
    ALREADY_PAST.remove("found");
  }

  private Inflector() {}

  /** The past tense of a verb gloss: "announce" → "announced", "take over" → "took over". */
  static String past(String gloss) {
    return inflect(gloss, 0);
  }

  /** The past participle of a verb gloss: "arrest" → "arrested", "take" → "taken". */
  static String participle(String gloss) {
    return inflect(gloss, 1);
  }

  /**
   * The adverb of a one-word adjective gloss: "quick" → "quickly", "easy" → "easily", "gentle" →
   * "gently", "basic" → "basically"; longer glosses and words already adverbs are kept.
   */
  static String adverb(String gloss) {
    if (!gloss.matches("[a-z]{3,}") || gloss.endsWith("ly") || ADVERBS_AS_IS.contains(gloss)) {
      return gloss;
    }
    if (gloss.endsWith("ic")) {
      return gloss + "ally";
    }
    if (gloss.matches(".*[^aeiou]y")) {
      return gloss.substring(0, gloss.length() - 1) + "ily";
    }
    if (gloss.matches(".*[^aeiou]le")) {
      return gloss.substring(0, gloss.length() - 1) + "y";
    }
    return gloss + "ly";
  }

  /** The plural of a noun, irregular ones included; null when the noun has no irregular plural. */
  static String irregularPlural(String noun) {
    return PLURALS.get(noun);
  }

  private static String inflect(String gloss, int form) {
    String[] words = gloss.split(" ", -1);
    int v = 0;
    while (v < words.length - 1 && isAdverb(words[v])) {
      v++; // "seriously deal with" -> "seriously dealt with"
    }
    String verb = words[v];
    if (!verb.matches("[a-z]{2,}") || NOT_VERBS.contains(verb) || verb.endsWith("ed")
        || ALREADY_PAST.contains(verb) || isAdverb(verb)) {
      return gloss;
    }
    String[] irregular = VERBS.get(verb);
    words[v] = irregular != null ? irregular[form] : regular(verb);
    return String.join(" ", words);
  }

  /** Verbs that end like adverbs (apply, rely). */
  private static final Set<String> VERBS_IN_LY = Set.of("apply", "reply", "supply", "rely", "fly",
      "multiply", "comply", "imply", "ally", "rally", "bully", "tally");

  private static boolean isAdverb(String word) {
    return word.length() > 3 && word.endsWith("ly") && !VERBS_IN_LY.contains(word);
  }

  private static String regular(String verb) {
    if (verb.endsWith("e")) {
      return verb + "d";
    }
    if (verb.matches(".*[^aeiou]y")) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    return verb + "ed";
  }
}
