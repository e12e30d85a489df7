package dev.newsbridge.enrich.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names written family name first, as English writes Chinese, Korean and Taiwanese people: "Xi
 * Jinping", "Park Geun-hye", "Tsai Ing-wen". Later mentions name them by the first word ("Xi
 * said"), not the last. Told by a common Chinese or Korean family name as English spells it,
 * then a given name hyphenated (Korean and Taiwanese style), in pinyin ("Xi Jinping", "Li
 * Qiang") or in two short words (Korean: "Kim Jong Un", "Yoon Suk Yeol"). The family name is asked for because a pinyin look alone takes Western
 * names in too ("Joe Biden" spells like jo-e bi-den).
 */
final class FamilyNameFirst {
  /** Family names, mainland (pinyin), Taiwan and Hong Kong, and Korean spellings. */
  private static final Set<String> FAMILY_NAMES = Set.of(
      "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
      "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song",
      "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan",
      "Yu", "Jiang", "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Ding", "Ren", "Shen", "Yao", "Lu",
      "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai",
      "Zou", "Meng", "Xiong", "Qin", "Qiu", "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Long",
      "Tao", "Gu", "Mao", "Hao", "Gong", "Shao", "Wan", "Qian", "Dai", "Mo", "Kong", "Xiang",
      "Xi", "Qi", "Niu", "Ge", "Kang", "Yi", "Chang", "Geng", "Bao", "Zhan", "Ni", "Hua",
      "Tsai", "Chiang", "Hsieh", "Hsu", "Chou", "Chao", "Kuo", "Lai", "Ko",
      "Chan", "Wong", "Leung", "Cheung", "Ho", "Lam", "Ng", "Kwok", "Tse", "Yeung", "Lau", "Tsang",
      "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo",
      "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Moon", "Son", "Bae", "Baek", "Heo",
      "Nam", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Ji",
      "Chun", "Ri", "Pak", "Choe", "Ryom");

  /** One pinyin syllable without tones: an initial, then a final. */
  private static final String SYLLABLE =
      "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
          + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
          + "|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)";
  private static final Pattern PINYIN_WORD = Pattern.compile("(?:" + SYLLABLE + "){1,3}");
  /** A given name of two syllables joined by a hyphen: "Geun-hye", "Ing-wen", "Seo-yeon". */
  private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

  private FamilyNameFirst() {}

  /** True when {@code name} is written family name first (its first word is the family name). */
  static boolean isFamilyNameFirst(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3 || !FAMILY_NAMES.contains(words[0])) {
      return false;
    }
    if (words.length == 3) {
      // "Kim Jong Un", "Yoon Suk Yeol": a Korean given name of two syllables written apart
      return isSyllable(words[1]) && isSyllable(words[2]);
    }
    return HYPHENATED_GIVEN.matcher(words[1]).matches()
        || isCapitalised(words[1]) && isPinyin(words[1]);
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && word.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /** A capitalised Korean syllable as English writes it: "Jong", "Un", "Yeol", "Myung". */
  private static boolean isSyllable(String word) {
    return word.length() <= 5 && isCapitalised(word);
  }

  private static boolean isPinyin(String word) {
    return PINYIN_WORD.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }
}
