package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks one short English gloss for a Chinese word from its CC-CEDICT senses: the first usable
 * sense (grammar notes, classifiers, register-marked and variant senses skipped), the part of
 * speech deciding between verb ("to ...") and noun senses, cut to its shortest alternative
 * ("to become a member; to join" gives "join"; of the first two senses the one with fewer
 * words), without
 * "(bound form)", parentheses, "sb/sth" or a leading "to"/"a"/"the"; a proper noun's sense cut to
 * the name it describes ({@link ProperNames}). Results are cached.
 */
public final class SenseChooser {
  /** Glosses longer than this many words are used only when no shorter sense exists. */
  static final int MAX_WORDS = 4;

  private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)|\\[[^\\]]*\\]");
  private static final Pattern SB_STH = Pattern.compile("\\b(sb|sth|sb's|sth's|one's)\\b");
  private static final Pattern LEADING = Pattern.compile("^(to be |to |a |an |the )");
  /** Asides that follow the meaning: "media, esp. news media", "fruit, e.g. apples". */
  private static final Pattern ASIDE = Pattern.compile(",? (esp|e\\.g|i\\.e|usu|incl)\\..*$");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /**
   * Second halves of pairs of opposites, which "or" joins into one meaning, the outcome: "determine
   * success or failure" (决胜负), "win or loss", "right or wrong".
   */
  private static final String OPPOSITES =
      "failure|defeat|death|lose|loss|wrong|bad|false|fake|evil|small|low|short|weak|poor|absent";
  /**
   * The second of two words joined by "or" inside a longer sense ("send or deliver to the
   * hospital", "worthy or virtuous person", "extinguish or put out"): one more name of the same
   * thing, dropped. Not a name's other name ("Yellow River or Huang He"), not after a hyphen
   * ("over- or underreporting"), nor before the words that make "or" part of the meaning ("two
   * or more", "whether or not", "can or cannot", "car or other vehicle", "one or the other",
   * "either this or that"), nor in a pair of opposites ("success or failure"), nor before a
   * preposition, where the second names a phrase ("in a cram school or with a private tutor").
   */
  private static final Pattern OR_SECOND = Pattern.compile("(?<=[\\p{L})]) or "
      + "(?!(?:more|less|fewer|not|cannot|\\p{L}+n't|other|else|so|the|a|an|for|to|with|in|on|at"
      + "|by|from|of|out|" + OPPOSITES + ")\\b)\\p{Ll}[\\p{L}'-]*"
      + "(?: (?:out|up|off|down|away|over|back)\\b)?(?![\\p{L}'-])");
  /** A participle alone ("interviewed", "chosen"). */
  private static final Pattern PARTICIPLE = Pattern.compile("[a-z]+(ed|en)");
  /** A sense that is two words joined by "or" and nothing more ("life or death", "king or monarch"). */
  private static final Pattern PAIR = Pattern.compile("^([\\p{L}'-]+) or [\\p{L}'-]+$");
  private static final Pattern UNUSABLE =
      Pattern.compile(
          "^\\((literary|archaic|old|dialect|Tw|Cantonese|Buddhism|Taiwan|onom|slang|vulgar|"
              + "TCM|classical|loanword|euphemism|honorific|polite|math|chemistry|physics)"
              + "|classifier|particle|marker|variant|surname|used (before|after|in|to|as|for)|"
              + "^\\(.*\\)$|^abbr\\.|prefix|suffix|radical|interjection|expressing");

  private final Cedict cedict;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public SenseChooser(Cedict cedict) {
    this.cedict = cedict;
  }

  /** The gloss of {@code word} as {@code wordClass}, or null when CC-CEDICT has no usable sense. */
  public String gloss(String word, WordClass wordClass) {
    String key = word + '\u0000' + wordClass.ordinal();
    String cached = cache.get(key);
    if (cached != null) {
      return cached.isEmpty() ? null : cached;
    }
    String chosen = choose(word, cedict.lookup(word), wordClass);
    cache.put(key, chosen == null ? "" : chosen);
    return chosen;
  }

  /** Whether CC-CEDICT knows {@code word} only as a name (好时 "Hershey's", 老街 "Lao Cai"). */
  public boolean namesOnly(String word) {
    return cedict.contains(word) && !cedict.hasCommonSense(word);
  }

  /** Whether CC-CEDICT knows {@code word} as a common word, not only a name. */
  public boolean hasCommonSense(String word) {
    return cedict.hasCommonSense(word);
  }

  /** Whether CC-CEDICT gives {@code word} a usable verb sense ("to control"). */
  public boolean hasVerbSense(String word) {
    for (Cedict.Reading reading : cedict.lookup(word)) {
      if (reading.proper()) {
        continue;
      }
      for (String sense : reading.senses()) {
        if (isVerbSense(sense) && clean(sense) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** A gloss from a sense that is not a verb ("to ..."), or null when every sense is a verb. */
  public String nounGloss(String word) {
    for (Cedict.Reading reading : cedict.lookup(word)) {
      for (String sense : reading.senses()) {
        String gloss = clean(sense);
        if (gloss != null && !sense.replace("(bound form) ", "").startsWith("to ")) {
          return gloss;
        }
      }
    }
    return null;
  }

  private String choose(String word, List<Cedict.Reading> readings, WordClass wordClass) {
    String chosen = chooseSense(word, readings, wordClass);
    return chosen == null ? null : oneName(word, chosen);
  }

  /**
   * {@code gloss} with one name for each thing it names twice: "send to the hospital" of "send or
   * deliver to the hospital", "king" of 王's "king or monarch". A sense that is a pair and nothing
   * more is kept for a longer word, whose pair is what it means (生死 "life or death", 胜负
   * "victory or defeat", 能否 "whether or not").
   */
  static String oneName(String word, String gloss) {
    Matcher pair = PAIR.matcher(gloss);
    if (pair.matches()) {
      return word.length() == 1 && !gloss.endsWith(" or not") ? pair.group(1) : gloss;
    }
    return gloss.contains("either ") ? gloss : OR_SECOND.matcher(gloss).replaceAll("");
  }

  private String chooseSense(String word, List<Cedict.Reading> readings, WordClass wordClass) {
    String fallback = null;
    for (int pass = 0; pass < 2; pass++) {
      for (Cedict.Reading reading : readings) {
        if (pass == 0 && reading.proper() != (wordClass == WordClass.PROPER)) {
          continue;
        }
        List<String> senses = reading.senses();
        boolean figurative = senses.stream().anyMatch(x -> x.startsWith("fig. "));
        for (int i = 0; i < senses.size(); i++) {
          String sense = senses.get(i);
          // an idiom means its figurative sense: 四面楚歌 is "surrounded by enemies"
          String gloss = figurative && sense.startsWith("lit. ") ? null : clean(sense);
          if (gloss == null) {
            continue;
          }
          boolean verbSense = isVerbSense(sense);
          boolean fits =
              wordClass == WordClass.VERB ? verbSense : wordClass == WordClass.OTHER || !verbSense;
          boolean shortEnough = gloss.split(" ").length <= MAX_WORDS;
          if (fits && shortEnough) {
            String chosen = shorterOfTwo(senses, i, gloss);
            return reading.proper() ? ProperNames.head(chosen, word) : chosen;
          }
          if (fallback == null || (shortEnough && fallback.split(" ").length > MAX_WORDS)) {
            String chosen = wordClass == WordClass.NOUN ? passiveOr(senses, gloss) : gloss;
            fallback = reading.proper() ? ProperNames.head(chosen, word) : chosen;
          }
        }
      }
      if (fallback != null) {
        return fallback;
      }
    }
    return fallback;
  }

  /**
   * A noun of the tagger's with verb senses only, by its passive sense where it has one: 受访 ("to
   * give an interview / to be interviewed") before a noun is "interviewed", a participle that
   * modifies as a noun does; else {@code gloss}.
   */
  private static String passiveOr(List<String> senses, String gloss) {
    if (senses.get(0).startsWith("to be ")) {
      return gloss; // a passive or a state already (关切 "to be deeply concerned")
    }
    for (String sense : senses) {
      String passive = sense.startsWith("to be ") ? clean(sense) : null;
      if (passive != null && PARTICIPLE.matcher(passive).matches()) {
        return passive;
      }
    }
    return gloss;
  }

  /** Of the sense at {@code i} and the next of the same kind (verb or not), the one with fewer words. */
  private static String shorterOfTwo(List<String> senses, int i, String gloss) {
    String next = i + 1 < senses.size() ? clean(senses.get(i + 1)) : null;
    boolean nextIsShorter = next != null && next.split(" ").length < gloss.split(" ").length
        && isVerbSense(senses.get(i + 1)) == isVerbSense(senses.get(i));
    return nextIsShorter ? next : gloss;
  }

  private static boolean isVerbSense(String sense) {
    return sense.replace("(bound form) ", "").startsWith("to ");
  }

  /** One sense cut to a usable gloss, or null when the sense is a note rather than a meaning. */
  static String clean(String sense) {
    if (UNUSABLE.matcher(sense).find()) {
      return null;
    }
    String s = sense.replace("(bound form)", " ");
    for (String before = ""; !before.equals(s); ) {
      before = s;
      s = PARENS.matcher(s).replaceAll(" ");
    }
    s = ASIDE.matcher(s).replaceAll("");
    String best = null;
    boolean figurative = s.contains("fig. ");
    for (String alternative : s.split(";")) {
      String a = SB_STH.matcher(alternative).replaceAll(" ").replaceAll("\\s+", " ").trim();
      if (figurative && a.startsWith("lit. ")) {
        continue; // an idiom means its figurative sense: 四面楚歌 is "surrounded by enemies"
      }
      a = a.replaceFirst("^(lit|fig)\\. ", "");
      a = LEADING.matcher(a).replaceFirst("").replaceAll("[,.:]+$", "").trim();
      // "Texas, US state", "Homer, poet of ancient Greece", "autonomous region – a
      // provincial-level administrative division...": the head is the meaning
      int comma = a.indexOf(", ");
      a = comma > 0 ? a.substring(0, comma).trim() : a;
      int dash = a.indexOf(" – ");
      a = dash > 0 ? a.substring(0, dash).trim() : a;
      if (a.isEmpty() || HAN.matcher(a).find() || a.contains("...")) {
        continue;
      }
      if (best == null || words(a) < words(best)) {
        best = a;
      }
    }
    return best;
  }

  private static int words(String s) {
    return s.split(" ").length;
  }
}
