package dev.newsbridge.translate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chinese personal names that stand between a role word and a speech cue (总经理林冠宇表示,
 * 记者林冠宇／台北报导, 执行长郑宇翔说, 代表 张军：, a space after the role as some pages print it):
 * evidence on both sides, so the name is taken even where
 * HanLP's segmenter reads it as words (林冠, "forest canopy", + 宇) or as single characters. A
 * three-character name that opens a clause and is followed by a verb of saying (林冠宇表示) is
 * taken too, unless it is a dictionary word or ends like a body or a place (林业局, 高铁站).
 */
final class RoleNames {
  /** Role words news writes right before a person's name, Taiwan's (执行长, 立委) included. */
  private static final List<String> ROLES = List.of("记者", "总经理", "经理", "董事长", "执行长",
      "首席执行官", "创办人", "创始人", "负责人", "发言人", "主席", "主任", "总监", "市长",
      "县长", "省长", "部长", "局长", "院长", "校长", "处长", "理事长", "秘书长", "议员", "立委",
      "委员", "律师", "医师", "医生", "法官", "检察官", "警官", "队长", "老师", "代表",
      "大使", "特使", "导演", "主持人", "学者", "专家", "研究员", "分析师", "总编辑", "实控人",
      "实际控制人", "嫌疑人", "原告", "被告", "证人", "演员", "歌手");
  /** Office roles and the family and stage roles of {@link NameEvidence#ROLE_WORDS}. */
  private static final List<String> ALL_ROLES = Stream.concat(
      ROLES.stream(), NameEvidence.ROLE_WORDS.stream()).toList();
  /** What follows a name when the text quotes the person or credits a reporter. */
  private static final List<String> CUES = List.of("表示", "说", "指出", "称", "强调", "认为",
      "透露", "坦言", "介绍", "回应", "／", "/", "报导", "报道", "摄", "：", ":");
  private static final Pattern ROLE_NAME_CUE = Pattern.compile(
      "(?:" + String.join("|", ALL_ROLES) + ") ?(\\p{IsHan}{2,4}?)(?:" + String.join("|", CUES)
          + ")");
  /** Verbs of saying that follow a person named at the start of a clause. */
  private static final List<String> SAYING =
      List.of("表示", "说", "指出", "强调", "认为", "透露", "坦言", "回应");
  private static final Pattern CLAUSE_NAME_SAYS = Pattern.compile(
      "(?<![^，。；：！？、“”「」（）\\s])(\\p{IsHan}{3})(?:" + String.join("|", SAYING) + ")");
  /** Function words and others that end a clause's subject rather than a given name. */
  private static final String NOT_GIVEN =
      NameEvidence.NOT_IN_GIVEN_NAMES + "方来则提没有多两确老某他她它我你您";
  /** Conjunctions that open a clause and are surnames too (但 "but"). */
  private static final String NOT_FIRST = "但并而且";
  /** Last characters of bodies, offices and places, never of a given name here. */
  private static final String NOT_NAME_ENDS =
      "局院部厅所处馆厂队会委办司站社团校店场组室湖村镇街路港县市省区乡岛桥";

  private RoleNames() {}

  /** The names in {@code text} (Simplified) as {start, end} spans, in order. */
  static List<int[]> spans(String text, NameRomaniser names) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = ROLE_NAME_CUE.matcher(text);
    while (m.find()) {
      if (isName(m.group(1), names)) {
        spans.add(new int[] {m.start(1), m.end(1)});
      }
    }
    Matcher clause = CLAUSE_NAME_SAYS.matcher(text);
    while (clause.find()) {
      if (opensClause(clause.group(1), names)) {
        spans.add(new int[] {clause.start(1), clause.end(1)});
      }
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    return spans;
  }

  /** A name with no role word before it: not a dictionary word, a body, a place or "but ...". */
  private static boolean opensClause(String name, NameRomaniser names) {
    return isName(name, names) && NOT_NAME_ENDS.indexOf(name.charAt(2)) < 0
        && !Cedict.shared().contains(name);
  }

  /** True for a role word (律师 in 方律师 is "lawyer Fang", no given name). */
  static boolean isRole(String word) {
    return ALL_ROLES.contains(word);
  }

  /**
   * A surname and one or two given-name characters, none of them a function word or pronoun
   * (马云曾表示 is Ma Yun "once" said, 但他 "but he"), the given part no title (许女士, 黄教授: the
   * honorific reading's).
   */
  static boolean isName(String name, NameRomaniser names) {
    String surname = names.surnameOf(name);
    int length = surname == null ? 0 : name.length() - surname.length();
    if (length < 1 || length > 2 || !names.looksChinese(name)) {
      return false;
    }
    String given = name.substring(surname.length());
    return NameEvidence.hasNameShape(given) && NameEvidence.honorific(name, names) == null
        && NOT_FIRST.indexOf(name.charAt(0)) < 0
        && name.codePoints().allMatch(Character::isIdeographic)
        && !isRole(given) && given.chars().noneMatch(c -> NOT_GIVEN.indexOf(c) >= 0);
  }
}
