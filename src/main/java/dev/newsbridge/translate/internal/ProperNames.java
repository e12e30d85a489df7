package dev.newsbridge.translate.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The name in a dictionary's description of a proper noun: CC-CEDICT describes places
 * ("Xinzhu or Hsinchu city in northern Taiwan", "Kowloon district of Hong Kong", "Sha Tin town in
 * New Territories", "Sharm el-Sheikh, city in Egypt"), and a translation names them (Hsinchu,
 * Kowloon, Sha Tin, Sharm el-Sheikh). Of alternatives
 * the one that is not the characters' pinyin is the spelling the place uses (Taidong or Taitung:
 * Taitung).
 */
final class ProperNames {
  /** Lower-case words inside names (Bank of China, Trinidad and Tobago, Rio de Janeiro). */
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "and", "de", "du", "des", "la", "le", "da", "do", "del", "von", "van",
          "al", "el", "y", "&", "for", "on");

  private ProperNames() {}

  /** The name {@code gloss} (a proper noun's dictionary sense) gives {@code chinese}. */
  static String head(String gloss, String chinese) {
    if (gloss.isEmpty() || !Character.isUpperCase(gloss.charAt(0))) {
      return gloss;
    }
    String pinyin = NameRomaniser.syllables(chinese).replace("'", "");
    String chosen = null;
    for (String alternative : gloss.split(" or ")) {
      String name = leadingName(alternative.strip());
      if (name.isEmpty()) {
        continue;
      }
      if (chosen == null || isPinyin(chosen, pinyin) && !isPinyin(name, pinyin)) {
        chosen = name;
      }
    }
    return chosen == null ? gloss : chosen;
  }

  /**
   * The capitalised words that open {@code text}, with the connectors between them: "Kowloon" of
   * "Kowloon district of Hong Kong", "Bank of China" whole.
   */
  private static String leadingName(String text) {
    String[] words = text.split(" ");
    int end = 0;
    for (int i = 0; i < words.length; i++) {
      if (isNameWord(words[i])) {
        end = i + 1;
      } else if (!CONNECTORS.contains(words[i])) {
        break;
      }
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, end));
  }

  /** A particle elided or joined to the name word after it: d'Ivoire, el-Sheikh, al-Assad. */
  private static final java.util.regex.Pattern JOINED_PARTICLE =
      java.util.regex.Pattern.compile("\\p{Ll}{1,4}['’-]\\p{Lu}.*");

  private static boolean isNameWord(String word) {
    return !word.isEmpty()
        && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
            || JOINED_PARTICLE.matcher(word).matches());
  }

  private static boolean isPinyin(String name, String pinyin) {
    return name.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT).equals(pinyin);
  }
}
