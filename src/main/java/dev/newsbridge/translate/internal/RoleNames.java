package dev.newsbridge.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese personal names that stand between a role word and a speech cue (总经理林冠宇表示,
 * 记者林冠宇／台北报导, 执行长郑宇翔说): evidence on both sides, so the name is taken even where
 * HanLP's segmenter reads it as words (林冠, "forest canopy", + 宇) or as single characters.
 */
final class RoleNames {
  /** Role words news writes right before a person's name, Taiwan's (执行长, 立委) included. */
  private static final List<String> ROLES = List.of("记者", "总经理", "经理", "董事长", "执行长",
      "首席执行官", "总裁", "创办人", "创始人", "负责人", "发言人", "主席", "主任", "总监", "市长",
      "县长", "省长", "部长", "局长", "院长", "校长", "处长", "理事长", "秘书长", "议员", "立委",
      "委员", "教授", "律师", "医师", "医生", "法官", "检察官", "警官", "队长", "老师");
  /** What follows a name when the text quotes the person or credits a reporter. */
  private static final List<String> CUES = List.of("表示", "说", "指出", "称", "强调", "认为",
      "透露", "坦言", "介绍", "回应", "／", "/", "报导", "报道", "摄");
  private static final Pattern ROLE_NAME_CUE = Pattern.compile(
      "(?:" + String.join("|", ROLES) + ")(\\p{IsHan}{2,4}?)(?:" + String.join("|", CUES) + ")");

  private RoleNames() {}

  /** The names in {@code text} (Simplified) as {start, end} spans, in order. */
  static List<int[]> spans(String text, NameRomaniser names) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = ROLE_NAME_CUE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String surname = names.surnameOf(name);
      int given = surname == null ? 0 : name.length() - surname.length();
      if (given >= 1 && given <= 2 && names.looksChinese(name)
          && NameEvidence.hasNameShape(name.substring(surname.length()))) {
        spans.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return spans;
  }
}
