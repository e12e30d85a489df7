package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original Latin spelling Chinese news writes in parentheses after a transliterated name:
 * 布雷特·泰勒（Bret Taylor）. That spelling is the best English name there is, so it becomes the
 * canonical name for the whole article and the redundant parenthetical is dropped. Acronyms
 * (世界卫生组织（WHO）) are not taken: the glossary's full name reads better with them kept.
 */
final class ParentheticalOriginals {
  /** At most this many words inside the parentheses. */
  static final int MAX_WORDS = 5;

  private static final Pattern ORIGINAL = Pattern.compile("\\s*[（(]\\s*(\\p{Lu}[\\p{L}'’.\\-]*"
      + "(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0," + (MAX_WORDS - 1) + "})\\s*[）)]");

  /** A Latin original: the name and where its parenthetical ends. */
  record Original(String latin, int end) {}

  private ParentheticalOriginals() {}

  /** The original written right after {@code position} in {@code text}, or null. */
  static Original after(String text, int position, Entity.Type type) {
    if (type == null || position >= text.length()) {
      return null;
    }
    Matcher m = ORIGINAL.matcher(text).region(position, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String latin = m.group(1).replace('’', '\'');
    boolean acronym = latin.chars().noneMatch(Character::isLowerCase);
    return acronym ? null : new Original(latin, m.end());
  }

  /** The last word of a person's name (D'Angelo of Adam D'Angelo), for surname-only mentions. */
  static String surname(String latin) {
    return latin.substring(latin.lastIndexOf(' ') + 1);
  }
}
