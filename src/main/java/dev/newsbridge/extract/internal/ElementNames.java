package dev.newsbridge.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one page's class and id names say, for {@link ClassWeights} and {@link NamedElements}
 * alike: a verdict is a set of bits ({@link #UNLIKELY}, {@link #MAYBE}, {@link #NEGATIVE}, {@link
 * #POSITIVE}, {@link #AUTHOR}, {@link #DATE}) found in one scan of the name ({@link
 * KeywordGroups}). A page repeats the same few classes on hundreds of elements, so each class's
 * verdict is kept; ids are mostly unique and are judged each time. Not thread-safe; use one per
 * page (a shared one would grow with every site seen).
 */
public final class ElementNames {
  /** The name holds an unlikely keyword or negative token ({@link ClassWeights}). */
  static final int UNLIKELY = 1;

  /** The name holds a keyword that may still be content ("article", "body"). */
  static final int MAYBE = 2;

  /** The name names an author ({@link NamedElements#AUTHOR_WORDS}). */
  static final int AUTHOR = 4;

  /** The name names a date or time ({@link NamedElements#DATE_WORDS}). */
  static final int DATE = 8;

  /** The name holds a negative keyword or token (it weighs against a content candidate). */
  static final int NEGATIVE = 16;

  /** The name holds a positive keyword or token (it weighs for a content candidate). */
  static final int POSITIVE = 32;

  private static final int CLASS_WEIGHT_BITS = UNLIKELY | MAYBE | NEGATIVE | POSITIVE;
  private static final int NAMED_BITS = AUTHOR | DATE;

  private static final KeywordGroups GROUPS =
      new KeywordGroups.Builder()
          .anywhere(UNLIKELY, ClassWeights.UNLIKELY_WORDS)
          .wholeTokens(UNLIKELY, ClassWeights.NEGATIVE_TOKENS)
          .anywhere(MAYBE, ClassWeights.MAYBE_WORDS)
          .anywhere(NEGATIVE, ClassWeights.NEGATIVE_WORDS)
          .wholeTokens(NEGATIVE, ClassWeights.NEGATIVE_TOKENS)
          .anywhere(POSITIVE, ClassWeights.POSITIVE_WORDS)
          .wholeTokens(POSITIVE, ClassWeights.POSITIVE_TOKENS)
          .anywhere(AUTHOR, NamedElements.AUTHOR_WORDS)
          .anywhere(DATE, NamedElements.DATE_WORDS)
          .build();

  private final Map<String, Integer> classVerdicts = new HashMap<>();

  /** The verdict on an element's (trimmed) class and its id together. */
  int verdict(String className, String id) {
    return classVerdict(className) | judge(id);
  }

  private int classVerdict(String className) {
    if (className.isEmpty()) {
      return 0;
    }
    Integer verdict = classVerdicts.get(className);
    if (verdict == null) {
      verdict = judge(className);
      classVerdicts.put(className, verdict);
    }
    return verdict;
  }

  /** The verdict on one name, not kept. */
  static int judge(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    if (isAscii(name)) {
      return GROUPS.groupsIn(name);
    }
    // The class weights read the Unicode lower case, the named-element words ignore ASCII case
    // only; they differ where a non-ASCII letter lowers to an ASCII one (the Kelvin sign to "k").
    return (GROUPS.groupsIn(name.toLowerCase(Locale.ROOT)) & CLASS_WEIGHT_BITS)
        | (GROUPS.groupsIn(name) & NAMED_BITS);
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
