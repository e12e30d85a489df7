package dev.newsbridge.translate.engine.internal;

import dev.newsbridge.translate.ChineseLexicon;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the placeholder of a name an engine wrote out instead of copying its token. LLMs
 * given a glossary often write "Sam Altman" or just "Altman" where {@code ⟦1⟧} was, and careless
 * engines write a dictionary reading ("Ultraman", "Millet" for Xiaomi) or pinyin. Only tokens
 * that the sent paragraph held and the answer lost are considered, and for each the first of
 * these found in the answer (whole word, any case) becomes the token again: the English name, its
 * last word (a person's surname), its CC-CEDICT reading, its pinyin. The entity layer then writes
 * the right form (full name at the first mention, short after).
 */
public final class NameTokens {
  private static final Pattern EXACT = Pattern.compile("⟦(\\d{1,4})⟧");
  /** The token forms the entity layer already repairs ({@code [3]}, {@code 【3】}). */
  private static final Pattern LENIENT = Pattern.compile("[⟦\\[【〖]\\s*(\\d{1,4})\\s*[⟧\\]】〗]");
  /**
   * Shorter candidates match too much ordinary text. Two-letter ones that start with a capital
   * (EU, a surname such as Ma) are allowed but must match case and all.
   */
  static final int MIN_CANDIDATE = 3;

  private NameTokens() {}

  public static String restore(String sent, String answer, List<Entity> names) {
    Set<Integer> lost = ids(EXACT, sent);
    lost.removeAll(ids(LENIENT, answer));
    String out = answer;
    for (int id : lost) {
      if (id >= 1 && id <= names.size()) {
        out = retokenise(out, id, names.get(id - 1));
      }
    }
    return out;
  }

  private static String retokenise(String text, int id, Entity name) {
    for (String candidate : candidates(name)) {
      int flags = candidate.length() < MIN_CANDIDATE ? 0
          : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(candidate)
          + "(?![\\p{L}\\p{N}])", flags).matcher(text);
      if (m.find()) {
        return m.replaceAll(Matcher.quoteReplacement("⟦" + id + "⟧"));
      }
    }
    return text;
  }

  static List<String> candidates(Entity name) {
    Set<String> out = new LinkedHashSet<>();
    String english = name.english() == null ? "" : name.english().strip();
    out.add(english);
    int space = english.lastIndexOf(' ');
    if (name.type() == Entity.Type.PERSON && space > 0) {
      out.add(english.substring(space + 1));
    }
    if (name.original() != null && !name.original().isBlank()) {
      String gloss = ChineseLexicon.gloss(name.original());
      if (gloss != null) {
        out.add(gloss.split("[;,(/]")[0].strip());
      }
      out.add(ChineseLexicon.pinyin(name.original()).replace(" ", ""));
    }
    List<String> usable = new ArrayList<>();
    for (String c : out) {
      boolean capitalPair = c.length() == 2 && Character.isUpperCase(c.charAt(0));
      boolean longEnough = c.length() >= MIN_CANDIDATE || capitalPair;
      if (longEnough && c.codePoints().noneMatch(Character::isIdeographic)) {
        usable.add(c);
      }
    }
    return usable;
  }

  private static Set<Integer> ids(Pattern p, String text) {
    Set<Integer> ids = new LinkedHashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      ids.add(Integer.parseInt(m.group(1)));
    }
    return ids;
  }
}
