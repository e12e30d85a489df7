package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.Map;

/**
 * Whether a Chinese personal name HanLP's recogniser proposes is one, judged from its shape and
 * where it stands. The recogniser reads any surname character followed by one or two others as a
 * name: 余亩 in 1200余亩 ("over 1,200 mu"), 米长 in 500米长 ("500 metres long"), 高二 (a school year),
 * 于人 closing 在于, 白沙湖 (a lake), 漆艺 (lacquer art). Written for local news, where such words are
 * everywhere and the tags made from names must mean something.
 */
final class NameEvidence {
  /** Characters of numbers: a "surname" right after one is a measure or 余 ("more than"). */
  private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两几";
  /** Last characters of lakes, villages, streets and districts, never of given names here. */
  private static final String PLACE_ENDS = "湖荡村镇街路巷港湾县市省区乡岛桥寺塘";
  /**
   * Characters that do not occur in Chinese given names but open or close the words HanLP's
   * name recogniser glues to a surname (都曾, 曾在多, 向其).
   */
  static final String NOT_IN_GIVEN_NAMES = "的了在是和与也都就将被把对从向以为于及而或并曾已又还再很更最其该此"
      + "这那们个年月日说称等用时后前上下中内外里间向由改";
  /** Last characters of role words that HanLP's recogniser mistakes for a surname (快递员). */
  static final String GLUED_ROLE_ENDS = "员者师长家生手工官";
  /**
   * Last characters of role words that stand right before a name (主教练孙博, 徒弟陈喆): those
   * HanLP glues to a surname, and more.
   */
  private static final String ROLE_ENDS = GLUED_ROLE_ENDS + "人练锋将弟民士";
  /**
   * Family and stage roles that stand right before a name (儿子申聪, 生母杜新枝, 女星张庭) but end
   * in characters too common to count alone (子, 母, 星).
   */
  static final List<String> ROLE_WORDS = List.of("母亲", "父亲", "生母", "生父", "养母", "养父",
      "妻子", "丈夫", "前妻", "前夫", "儿子", "女儿", "儿媳", "女婿", "老公", "老婆", "女友", "男友",
      "女星", "男星", "明星", "艺人", "影星", "歌星", "球星", "网红", "主播", "博主", "教授", "总裁");
  /** Verbs by which a person speaks, which follow a name (孙博表示, 牧民苏叶提告诉记者). */
  static final List<String> SPEECH_VERBS = List.of("说", "表示", "介绍", "告诉", "认为", "指出",
      "称", "坦言", "回忆", "透露", "强调", "建议", "提醒", "解释", "补充");
  /**
   * What follows a name when the text speaks of a person (孙博表示, 林镕：, 孙悦和她的团队, 张庭夫妇,
   * 姚策生母 "Yao Ce's birth mother").
   */
  private static final List<String> CUES_AFTER = java.util.stream.Stream.concat(
      SPEECH_VERBS.stream(),
      java.util.stream.Stream.of("老师", "：", ":", "（", "(", "和她", "和他", "与她", "与他",
          "夫妇", "夫妻", "本人", "母亲", "父亲", "生母", "生父", "养母", "养父", "妻子", "丈夫",
          "前妻", "前夫", "儿子", "女儿")).toList();
  /** Surnames that are more often function words: 曾 "once", 都 "all", 于 "at", 全 "wholly". */
  private static final String FUNCTION_WORD_SURNAMES = "曾都于全";
  /** What those function words run into (曾有, 都能, 于本周, 全靠, 曾计划), never a given name. */
  private static final String AFTER_FUNCTION_WORDS = "有能会要可是因跟想讲进本约靠计散尚";
  /** Measure words: a numeral and one of them make a quantity (三次, 两国), not a given name. */
  private static final String MEASURES = "次个名位年天国条件岁家只场批项人";
  /** Surname + title, as people the text does not name in full are written (刘女士). */
  private static final Map<String, String> HONORIFICS =
      Map.of("先生", "Mr.", "女士", "Ms.", "小姐", "Miss", "太太", "Mrs.");

  private NameEvidence() {}

  /** "Ms. Liu" for 刘女士, or null when {@code word} is not a surname and a title. */
  static String honorific(String word, NameRomaniser names) {
    String surname = names.surnameOf(word);
    String title = surname == null ? null : HONORIFICS.get(word.substring(surname.length()));
    return title == null ? null : title + " " + names.chineseName(surname);
  }

  /** False when the given name cannot be one: too long, all numerals, or a place's last char. */
  static boolean hasNameShape(String given) {
    return given.length() <= 2
        && !given.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)
        && PLACE_ENDS.indexOf(given.charAt(given.length() - 1)) < 0
        && !isQuantity(given);
  }

  /** 三次 in 曾三次 ("three times"), 两国 in 伊两国 ("the two countries"). */
  private static boolean isQuantity(String given) {
    return given.length() == 2 && NUMERALS.indexOf(given.charAt(0)) >= 0
        && MEASURES.indexOf(given.charAt(1)) >= 0;
  }

  /**
   * False when the character before the name takes its first character: a number (500米长) or a
   * common word the two make (在于人).
   */
  static boolean standsApart(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    if (NUMERALS.indexOf(before) >= 0) {
      return false;
    }
    String joined = text.substring(start - 1, start + 1);
    return !Cedict.shared().hasCommonSense(joined);
  }

  /**
   * True when {@code name} reads as a function word and what it runs into (公司曾计划 "the company
   * once planned", 他们都有 "they all have"), not as a surname and a given name.
   */
  static boolean isFunctionPhrase(String name) {
    return name.length() >= 2 && FUNCTION_WORD_SURNAMES.indexOf(name.charAt(0)) >= 0
        && AFTER_FUNCTION_WORDS.indexOf(name.charAt(1)) >= 0;
  }

  /** True when one of the {@link #ROLE_WORDS} ends right at {@code end} of {@code text}. */
  static boolean followsRoleWord(String text, int end) {
    return ROLE_WORDS.stream().anyMatch(role -> end >= role.length()
        && text.startsWith(role, end - role.length()));
  }

  /**
   * True when some mention of {@code name} in the article stands where people do: after a role
   * word (传承人林镕, 记者 陈喆) or before a speech verb or a colon (孙博表示, 林镕：).
   */
  static boolean hasPersonCue(String article, String name) {
    for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
      int before = i - 1;
      while (before >= 0 && Character.isWhitespace(article.charAt(before))) {
        before--;
      }
      if (before >= 0 && ROLE_ENDS.indexOf(article.charAt(before)) >= 0
          || followsRoleWord(article, before + 1)) {
        return true;
      }
      String after = article.substring(i + name.length()).stripLeading();
      if (CUES_AFTER.stream().anyMatch(after::startsWith)) {
        return true;
      }
    }
    return false;
  }
}
