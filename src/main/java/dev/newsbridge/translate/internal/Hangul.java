package dev.newsbridge.translate.internal;

import java.util.Set;

/**
 * Hangul syllables in Latin letters, one syllable at a time, as personal names are written (no
 * sound changes across syllables): by the Revised Romanization of Korean (South Korea, 2000:
 * 영 yeong, 김 gim) or the way North Korea's own English writes its people (McCune-Reischauer
 * without diacritics: 영 yong, 은 un, 태 thae). Written for Newsbridge from the two published
 * tables of initials, vowels and finals.
 */
final class Hangul {
  private static final char FIRST = '가';
  private static final char LAST = '힣';
  private static final int VOWELS = 21;
  private static final int FINALS = 28;
  private static final int RIEUL = 5;
  private static final int NIEUN = 2;
  private static final int IEUNG = 11;
  /** ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels before which the South drops a word's first ㄹ or ㄴ. */
  private static final Set<Integer> I_VOWELS = Set.of(2, 3, 6, 7, 12, 17, 20);

  private static final String[] SOUTH_INITIALS =
      {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
          "p", "h"};
  private static final String[] NORTH_INITIALS =
      {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th",
          "ph", "h"};
  private static final String[] SOUTH_VOWELS =
      {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
          "we", "wi", "yu", "eu", "ui", "i"};
  private static final String[] NORTH_VOWELS =
      {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
          "we", "wi", "yu", "u", "ui", "i"};
  private static final String[] ENDINGS =
      {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
          "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

  private Hangul() {}

  /** True for a precomposed Hangul syllable (가 to 힣). */
  static boolean isSyllable(char c) {
    return c >= FIRST && c <= LAST;
  }

  /**
   * The syllable as the South writes it at the start of a word: an initial ㄹ is read ㄴ, and ㄹ or
   * ㄴ before i or y is dropped (the initial-sound rule: 리 이, 로 노, 녀 여).
   */
  static char southWordStart(char syllable) {
    int index = syllable - FIRST;
    int initial = index / (VOWELS * FINALS);
    int vowel = index / FINALS % VOWELS;
    if (initial != RIEUL && initial != NIEUN) {
      return syllable;
    }
    int now = I_VOWELS.contains(vowel) ? IEUNG : NIEUN;
    return (char) (syllable + (now - initial) * VOWELS * FINALS);
  }

  /** The syllable in the Revised Romanization, lower case: 영 "yeong", 범 "beom". */
  static String south(char syllable) {
    return spell(syllable, SOUTH_INITIALS, SOUTH_VOWELS);
  }

  /** The syllable as North Korea's English writes it, lower case: 영 "yong", 태 "thae". */
  static String north(char syllable) {
    return spell(syllable, NORTH_INITIALS, NORTH_VOWELS);
  }

  private static String spell(char syllable, String[] initials, String[] vowels) {
    int index = syllable - FIRST;
    return initials[index / (VOWELS * FINALS)] + vowels[index / FINALS % VOWELS]
        + ENDINGS[index % FINALS];
  }
}
