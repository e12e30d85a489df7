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
  /** ㄴ and ㄹ as finals. */
  private static final int FINAL_NIEUN = 4;
  private static final int FINAL_RIEUL = 8;
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

  /** Finals after which a North Korean place name voices ㄱ ㄷ ㅂ: none, ㄴ, ㄹ, ㅁ, ㅇ. */
  private static final Set<Integer> VOICED_FINALS = Set.of(0, 4, 8, 16, 21);

  private Hangul() {}

  /**
   * A place name in the Revised Romanization, one word, lower case (달성 "dalseong", 룡연
   * "yongyeon" by the initial-sound rule); a final ㄹ before a silent initial is written r (철원
   * "cheorwon") and ㄴ or ㄹ before ㄹ is ll (전라 "jeolla"), the sound changes across syllables
   * handled here.
   */
  static String southPlace(String hangul) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hangul.length(); i++) {
      char c = i == 0 ? southWordStart(hangul.charAt(i)) : hangul.charAt(i);
      boolean silent = (c - FIRST) / (VOWELS * FINALS) == IEUNG;
      if (i > 0 && silent && out.charAt(out.length() - 1) == 'l') {
        out.setCharAt(out.length() - 1, 'r');
      }
      appendLiquid(out, hangul, i, south(c));
    }
    return out.toString();
  }

  /**
   * Appends {@code spelled}, syllable {@code i} of {@code hangul}; where it opens with ㄹ after ㄴ
   * or ㄹ, the two are the lateral both romanisations write ll (전라 "jeolla", 신라 "silla"), not
   * "jeonra".
   */
  private static void appendLiquid(StringBuilder out, String hangul, int i, String spelled) {
    int initial = (hangul.charAt(i) - FIRST) / (VOWELS * FINALS);
    int before = i == 0 ? 0 : (hangul.charAt(i - 1) - FIRST) % FINALS;
    if (initial == RIEUL && (before == FINAL_NIEUN || before == FINAL_RIEUL)) {
      out.setCharAt(out.length() - 1, 'l');
      out.append('l').append(spelled, 1, spelled.length());
    } else {
      out.append(spelled);
    }
  }

  /**
   * A place name as the North's English writes it, one word, lower case: ㄱ ㄷ ㅂ between voiced
   * sounds (a vowel, ㄴ ㄹ ㅁ ㅇ) are g d b, as in McCune-Reischauer (금강 "kumgang", 곡산
   * "koksan"), and ㄴ or ㄹ before ㄹ is ll.
   */
  static String northPlace(String hangul) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hangul.length(); i++) {
      String plain = north(hangul.charAt(i));
      boolean voiced = i > 0 && VOICED_FINALS.contains((hangul.charAt(i - 1) - FIRST) % FINALS);
      boolean single = plain.length() < 2 || "kk kh tt th pp ph".indexOf(plain.substring(0, 2)) < 0;
      if (voiced && single && "ktp".indexOf(plain.charAt(0)) >= 0) {
        plain = "gdb".charAt("ktp".indexOf(plain.charAt(0))) + plain.substring(1);
      }
      appendLiquid(out, hangul, i, plain);
    }
    return out.toString();
  }

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
