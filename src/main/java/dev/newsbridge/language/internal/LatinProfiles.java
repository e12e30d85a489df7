package dev.newsbridge.language.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Latin-script languages apart by their most frequent function words. Each profile lists
 * words that are common in that language and rare in the others; the language whose words make up
 * the largest share of the text wins.
 */
public final class LatinProfiles {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "on",
        "are", "this", "be", "by", "it", "have", "from", "said", "which", "were", "has", "not"));
    PROFILES.put("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "qui",
        "que", "pour", "pas", "sur", "au", "avec", "sont", "aux"));
    PROFILES.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich",
        "des", "auf", "ein", "eine", "dem", "auch", "wird", "von", "zu"));
    PROFILES.put("es", Set.of("el", "los", "las", "del", "que", "y", "en", "por", "una", "con",
        "para", "es", "se", "como", "su", "al"));
    PROFILES.put("pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "um",
        "uma", "para", "com", "não", "no", "na"));
    PROFILES.put("it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "sono", "del",
        "della", "non", "gli", "nel", "con", "anche"));
    PROFILES.put("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari",
        "tidak", "dalam", "akan", "pada", "juga", "ke"));
  }

  private LatinProfiles() {}

  /**
   * The best-matching language and the share of the text's words that are its function words.
   *
   * @return a match, or a match with code "und" and share 0 when no words matched
   */
  public static Match best(String text, int limit) {
    Map<String, Integer> hits = new LinkedHashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(text.length() > limit ? text.substring(0, limit) : text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      words++;
      for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
        if (profile.getValue().contains(word)) {
          hits.merge(profile.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words == 0 || hits.isEmpty()) {
      return new Match("und", 0);
    }
    Map.Entry<String, Integer> best =
        hits.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    return new Match(best.getKey(), (double) best.getValue() / words);
  }

  /**
   * A profile match.
   *
   * @param code the language
   * @param share the share of the words that are that language's function words, 0..1
   */
  public record Match(String code, double share) {}
}
