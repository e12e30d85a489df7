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
  private static final String PLACE_ENDS = "湖荡村镇街路巷港湾县市省区乡岛桥寺塘郡";
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
  /**
   * Surnames that are more often a preposition or a verb taking an object: 向 "towards" (向国民道歉
   * "apologise to the people"), 从 "from", 戴 "to wear" (戴珍珠项链 "wear a pearl necklace").
   */
  static final String VERB_SURNAMES = "向从戴";
  /**
   * One-character abbreviations of countries news pairs (韩美 South Korea and the US, 中美, 朝韩),
   * each with the name it abbreviates; 韩 is a surname too.
   */
  private static final Map<Character, String> COUNTRIES = Map.ofEntries(Map.entry('韩', "韩国"),
      Map.entry('朝', "朝鲜"), Map.entry('美', "美国"), Map.entry('日', "日本"),
      Map.entry('中', "中国"), Map.entry('俄', "俄罗斯"), Map.entry('英', "英国"),
      Map.entry('法', "法国"), Map.entry('德', "德国"), Map.entry('印', "印度"));
  /**
   * What follows a pair of countries and no name (韩美两国, 中美关系, 韩美核磋商, 韩美情报部门,
   * 朝韩缓冲区); a third country (韩美日) does too.
   */
  private static final List<String> PAIR_CUES = List.of("两", "三", "双方", "之间", "关系",
      "峰会", "首脑", "元首", "外长", "防长", "核", "联合", "联军", "军", "同盟", "情报", "缓冲",
      "合作", "会谈", "对");
  /**
   * How far after a country's full name the characters its abbreviation keeps may lie (韩联参 in
   * 韩国联合参谋本部, 5 characters on).
   */
  static final int ABBREVIATION_REACH = 8;
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

  /** True when a numeral stands right before {@code start}: 6马赫 is Mach 6, 500米长 a length. */
  static boolean followsNumber(String text, int start) {
    return start > 0 && NUMERALS.indexOf(text.charAt(start - 1)) >= 0;
  }

  /**
   * False when the character before the name takes its first character: a number (500米长) or a
   * common word the two make (在于人).
   */
  static boolean standsApart(String text, int start) {
    if (start == 0) {
      return true;
    }
    if (followsNumber(text, start)) {
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

  /**
   * True when {@code name} opens with a country's abbreviation and is no person in {@code
   * article}: a pair of countries the article writes as one somewhere (韩美 in 韩美两国, then 韩美正
   * "South Korea and the US are now"), or the abbreviation of a body the article names in full
   * (韩联参 after 韩国联合参谋本部).
   */
  static boolean isCountryAbbreviation(String article, String name) {
    String country = COUNTRIES.get(name.charAt(0));
    if (country == null || name.length() < 2) {
      return false;
    }
    return isCountryPair(article, name.substring(0, 2)) || abbreviates(article, country, name);
  }

  /** True when {@code pair} is two countries that stand before a pair's cue in {@code article}. */
  private static boolean isCountryPair(String article, String pair) {
    if (pair.charAt(0) == pair.charAt(1) || !COUNTRIES.containsKey(pair.charAt(1))) {
      return false;
    }
    for (int i = article.indexOf(pair); i >= 0; i = article.indexOf(pair, i + 1)) {
      int end = i + pair.length();
      if (end < article.length() && COUNTRIES.containsKey(article.charAt(end))
          || PAIR_CUES.stream().anyMatch(cue -> article.startsWith(cue, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the rest of {@code name} keeps, in order, characters that follow {@code country},
   * the first right after it, the rest within {@value #ABBREVIATION_REACH} characters somewhere in {@code article}, as Chinese
   * abbreviates a body's name (韩国联合参谋本部, 韩联参).
   */
  private static boolean abbreviates(String article, String country, String name) {
    for (int i = article.indexOf(country); i >= 0; i = article.indexOf(country, i + 1)) {
      int from = i + country.length();
      if (from >= article.length() || article.charAt(from) != name.charAt(1)) {
        continue; // the word right after the country opens the rest (韩国联合…), not 韩国总理韩…
      }
      int to = Math.min(article.length(), from + ABBREVIATION_REACH);
      int next = 1;
      for (int p = from; p < to && next < name.length(); p++) {
        next += article.charAt(p) == name.charAt(next) ? 1 : 0;
      }
      if (next == name.length()) {
        return true;
      }
    }
    return false;
  }
}
