package dev.newsbridge.enrich.internal;

import dev.newsbridge.translate.ChineseLexicon;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL slugs for tags: lowercase ASCII words joined by hyphens ("Sam Altman" → "sam-altman",
 * "Ren Zhengfei" → "ren-zhengfei", "D'Angelo" → "dangelo"). Accents are folded; a name with no
 * ASCII letters is written in pinyin first, so every tag gets a readable slug.
 */
public final class Slugs {
  /** Slugs are cut to this many characters, at a hyphen. */
  public static final int MAX_LENGTH = 60;

  // Compiled once: every tag of every article stored is slugged.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern T_N_R_CHES = Pattern.compile(".*[tnr]ches");

  private Slugs() {}

  public static String of(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug = asciiSlug(folded);
    if (slug.isEmpty()) {
      slug = asciiSlug(ChineseLexicon.pinyin(folded));
    }
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
    return slug.isEmpty() ? "tag" : slug;
  }

  /**
   * The slug of a topic keyphrase, its last word in the singular when that word is a lowercase
   * regular plural ("meteor showers" -> "meteor-shower"): an English report writes the plural, a
   * translation often the singular, and both are one topic. Names and words in -ss, -us, -is,
   * -ics, -selves or that only look plural (news, series) are left as they are.
   */
  public static String ofTopic(String topic) {
    String trimmed = topic.strip();
    int space = trimmed.lastIndexOf(' ');
    String head = trimmed.substring(space + 1);
    return of(trimmed.substring(0, space + 1) + singular(head));
  }

  private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "means");
  /** Plurals in -ies of words in -ie, not -y. */
  private static final Set<String> IE_PLURALS = Set.of("movies", "cookies", "rookies", "zombies",
      "selfies", "calories", "prairies", "pies", "ties", "lies");

  private static String singular(String word) {
    if (word.length() < 4 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')
        || NOT_PLURAL.contains(word) || !word.endsWith("s") || word.endsWith("ss")
        || word.endsWith("us") || word.endsWith("is") || word.endsWith("ics")
        || word.endsWith("selves")) {
      return word;
    }
    if (word.endsWith("ies") && !IE_PLURALS.contains(word)) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("xes")
        || word.endsWith("zzes") || T_N_R_CHES.matcher(word).matches()) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  private static String asciiSlug(String s) {
    String lower = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    return EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(lower).replaceAll("-")).replaceAll("");
  }
}
