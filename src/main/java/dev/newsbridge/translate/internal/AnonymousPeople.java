package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People a report names by surname only, as Chinese police, court and Taiwan reports do (王某,
 * 陈某某, 男子李某, 一名陈姓男子): written as English reports write them, "a man surnamed Li" at
 * the first mention and "Li" after. Never an entity: "Wang Moumou" (the pinyin of 王某某) names
 * nobody, and a tag made of it would mean nothing.
 */
final class AnonymousPeople {
  /** The people news names by role right before the surname, and their English. */
  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("男子", "man"), Map.entry("女子", "woman"), Map.entry("男性", "man"),
      Map.entry("女性", "woman"), Map.entry("男孩", "boy"), Map.entry("女孩", "girl"),
      Map.entry("男童", "boy"), Map.entry("女童", "girl"), Map.entry("老人", "elderly person"),
      Map.entry("司机", "driver"), Map.entry("犯罪嫌疑人", "suspect"), Map.entry("嫌疑人", "suspect"),
      Map.entry("嫌犯", "suspect"), Map.entry("被告人", "defendant"), Map.entry("被告", "defendant"),
      Map.entry("被害人", "victim"), Map.entry("受害人", "victim"), Map.entry("受害者", "victim"),
      Map.entry("村民", "villager"), Map.entry("居民", "resident"), Map.entry("市民", "resident"),
      Map.entry("网友", "internet user"), Map.entry("患者", "patient"), Map.entry("员工", "employee"),
      Map.entry("职工", "employee"), Map.entry("工人", "worker"), Map.entry("学生", "student"),
      Map.entry("民警", "police officer"), Map.entry("店主", "shop owner"),
      Map.entry("车主", "car owner"), Map.entry("业主", "homeowner"), Map.entry("乘客", "passenger"),
      Map.entry("游客", "tourist"), Map.entry("租客", "tenant"), Map.entry("房东", "landlord"),
      Map.entry("医生", "doctor"), Map.entry("护士", "nurse"), Map.entry("教师", "teacher"),
      Map.entry("老师", "teacher"), Map.entry("律师", "lawyer"), Map.entry("当事人", "person involved"),
      Map.entry("负责人", "person in charge"), Map.entry("母亲", "mother"),
      Map.entry("父亲", "father"), Map.entry("妻子", "wife"), Map.entry("丈夫", "husband"),
      Map.entry("董事长", "chairman"), Map.entry("总经理", "general manager"),
      Map.entry("经理", "manager"), Map.entry("法定代表人", "legal representative"),
      Map.entry("股东", "shareholder"), Map.entry("会计", "accountant"),
      Map.entry("保安", "security guard"), Map.entry("快递员", "courier"),
      Map.entry("外卖员", "delivery rider"), Map.entry("骑手", "rider"),
      Map.entry("店员", "shop assistant"), Map.entry("厨师", "chef"),
      Map.entry("院长", "director"), Map.entry("副院长", "deputy director"),
      Map.entry("顾客", "customer"), Map.entry("路人", "passer-by"), Map.entry("证人", "witness"),
      Map.entry("渔民", "fisherman"), Map.entry("农民", "farmer"), Map.entry("前妻", "ex-wife"),
      Map.entry("前夫", "ex-husband"), Map.entry("上班族", "office worker"),
      Map.entry("施工人员", "construction worker"), Map.entry("工作人员", "staff member"),
      Map.entry("艺人", "entertainer"), Map.entry("男星", "actor"), Map.entry("女星", "actress"),
      Map.entry("网红", "influencer"), Map.entry("官员", "official"), Map.entry("商人", "businessman"),
      Map.entry("男友", "boyfriend"), Map.entry("女友", "girlfriend"),
      Map.entry("留学生", "overseas student"), Map.entry("大学生", "university student"),
      Map.entry("高中生", "high school student"), Map.entry("中学生", "secondary school student"),
      Map.entry("研究生", "graduate student"), Map.entry("管理者", "manager"));
  /** Determiners before the role: definite (该男子, "the man") or indefinite (一名男子). */
  private static final Map<String, String> DETERMINERS = Map.of("该", "the", "该名", "the",
      "这名", "the", "这位", "the", "此", "the", "此名", "the", "一名", "a", "一位", "a", "1名", "a");

  /**
   * Characters after 某 that make it "a certain" (某日 one day, 某些 some, 某地 somewhere, 某人
   * someone) instead of the end of a name.
   */
  private static final String NOT_AFTER = "日月年天些种个地处位时项次件类人国市县区省镇村方样所段条座份批";
  /**
   * Surnames that more often end a word before 某 "a certain" (中国某, 开发区某, 首都某): taken
   * only after a role.
   */
  private static final String WORD_ENDS = "国区都那";
  /**
   * Characters that end the name after 某 rather than keep a given name's last character (王某玲,
   * 陈某龙): function words and one-character verbs (王某称, 王某带, 王某系).
   */
  private static final String NOT_GIVEN = NameEvidence.NOT_IN_GIVEN_NAMES
      + "带系叫让给拿打去来回到要想会能可跟同自因无没不只便即正并或但向称说如"
      + "0123456789一二三四五六七八九十两几";

  /** What makes 男/女 part of a word (男子, 女士, 女儿), not a short reference to a person. */
  private static final String WORD_AFTER_SEX = "子孩童性士儿人生方装篮足排友神星";

  private AnonymousPeople() {}

  /**
   * The people in {@code text} (Simplified) named by surname only, in order of appearance; {@code
   * article} is the whole text, where a person introduced as 陈姓男子 is found for a later 陈男.
   */
  static List<Mention> find(String text, String article, NameRomaniser names) {
    List<Mention> found = new ArrayList<>();
    findSurnamedRoles(text, names, found);
    findShortReferences(text, article, names, found);
    findSurnamesWithMou(text, names, found);
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return Mention.apart(found); // 王姓男子王某: the second's role is the first's
  }

  /** A surname, 姓 "surnamed", and a role: 陈姓男子. */
  private record SurnamedRole(String surname, String role) {
    String identity() {
      return surname + "姓" + role;
    }
  }

  /** The surnamed role whose 姓 is at {@code i}, or null. */
  private static SurnamedRole surnamedRole(String text, int i, NameRomaniser names) {
    String role = wordAt(text, i + 1, ROLES.keySet());
    String surname = surnameBefore(text, i, names);
    return role != null && surname != null ? new SurnamedRole(surname, role) : null;
  }

  /** 一名陈姓男子: surname, 姓 "surnamed", and a role. */
  private static void findSurnamedRoles(String text, NameRomaniser names, List<Mention> found) {
    for (int i = text.indexOf('姓'); i >= 0; i = text.indexOf('姓', i + 1)) {
      SurnamedRole p = surnamedRole(text, i, names);
      if (p != null) {
        found.add(mention(text, i - p.surname().length(), i + 1 + p.role().length(), p.role(),
            p.surname(), names, p.identity()));
      }
    }
  }

  /** 王某, 陈某某, 王某玲, 男子李某: a surname and 某, perhaps a role before it. */
  private static void findSurnamesWithMou(String text, NameRomaniser names, List<Mention> found) {
    for (int i = text.indexOf('某'); i >= 0; i = text.indexOf('某', i + 1)) {
      String surname = surnameBefore(text, i, names);
      int end = nameEnd(text, i);
      if (surname == null || end < 0) {
        continue;
      }
      int start = i - surname.length();
      String role = wordBefore(text, start, ROLES.keySet());
      if (role != null || standsApart(text, start, surname)) {
        int from = role == null ? start : start - role.length();
        found.add(mention(text, from, end, role, surname, names, text.substring(start, end)));
      }
    }
  }

  /**
   * 陈男 and 陈女, as Taiwan's press refers back to a 陈姓男子 or 陈姓女子 the article introduced:
   * the same person ("Chen").
   */
  private static void findShortReferences(
      String text, String article, NameRomaniser names, List<Mention> found) {
    for (int i = article.indexOf('姓'); i >= 0; i = article.indexOf('姓', i + 1)) {
      SurnamedRole p = surnamedRole(article, i, names);
      char sex = p == null ? 0 : p.role().charAt(0);
      if (sex != '男' && sex != '女') {
        continue;
      }
      String reference = p.surname() + sex;
      for (int at = text.indexOf(reference); at >= 0; at = text.indexOf(reference, at + 1)) {
        int end = at + reference.length();
        boolean word = end < text.length() && WORD_AFTER_SEX.indexOf(text.charAt(end)) >= 0;
        if (!word && (at == 0 || text.charAt(at - 1) != '姓')) {
          found.add(mention(text, at, end, p.role(), p.surname(), names, p.identity()));
        }
      }
    }
  }

  /**
   * True when a noun ends right before {@code start} and so takes the place of an article (公司董事长
   * 王某: "the company chairman surnamed Wang", not "company a chairman").
   */
  private static boolean afterNoun(String text, int start) {
    int from = start;
    while (from > 0 && start - from < 6 && Character.isIdeographic(text.charAt(from - 1))) {
      from--;
    }
    if (from == start) {
      return false;
    }
    List<Term> words = Hanlp.plain(text.substring(from, start));
    return words.get(words.size() - 1).nature.toString().startsWith("n");
  }

  /**
   * Where the name whose 某 is at {@code i} ends: after 某某, or after a given name's last character
   * the text kept (王某玲), or after 某; -1 when this 某 is "a certain" (某日) or the second of 某某.
   */
  private static int nameEnd(String text, int i) {
    if (i > 0 && text.charAt(i - 1) == '某') {
      return -1;
    }
    if (i + 1 >= text.length()) {
      return i + 1;
    }
    char next = text.charAt(i + 1);
    if (next == '某') {
      return i + 2;
    }
    boolean wordAfter = i + 2 < text.length() && Cedict.shared().contains(text.substring(i + 1, i + 3));
    if (wordAfter) {
      return i + 1; // 刘某日前: 日前 "a few days ago" follows the name
    }
    if (NOT_AFTER.indexOf(next) >= 0) {
      return -1;
    }
    return Character.isIdeographic(next) && NOT_GIVEN.indexOf(next) < 0 ? i + 2 : i + 1;
  }

  /** A surname with no role before it: not the end of a word (国王某日, 中国某, 成都某). */
  private static boolean standsApart(String text, int start, String surname) {
    if (start == 0 || !Character.isIdeographic(text.charAt(start - 1))) {
      return true;
    }
    return WORD_ENDS.indexOf(surname.charAt(0)) < 0
        && !Cedict.shared().contains(text.charAt(start - 1) + surname)
        && NameEvidence.standsApart(text, start);
  }

  /** The surname ending at {@code end}, compound surnames first, or null. */
  private static String surnameBefore(String text, int end, NameRomaniser names) {
    if (end >= 2 && names.isCompoundSurname(text.substring(end - 2, end))) {
      return text.substring(end - 2, end);
    }
    String one = end >= 1 ? text.substring(end - 1, end) : "";
    return !one.isEmpty() && names.isSurname(one) ? one : null;
  }

  /** The longest of {@code words} that starts at {@code start}, or null. */
  private static String wordAt(String text, int start, Set<String> words) {
    String longest = null;
    for (String w : words) {
      if (text.startsWith(w, start) && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest;
  }

  /** The longest of {@code words} that ends at {@code end}, or null. */
  private static String wordBefore(String text, int end, Set<String> words) {
    String longest = null;
    for (String w : words) {
      int start = end - w.length();
      if (start >= 0 && text.startsWith(w, start)
          && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest;
  }

  /**
   * The mention from the determiner before {@code start} (该男子王某, 一名陈姓男子), if any, to
   * {@code end}: "the man surnamed Wang" ("a ..." with no determiner, "a person" with no role, no
   * article after a noun: 公司董事长王某 "company chairman surnamed Wang", and after a noun that is
   * the role, 路人王某 "passer-by surnamed Wang") at the first mention, "Wang" after. One person per
   * written form of the name ({@code identity}).
   */
  private static Mention mention(String text, int start, int end, String role, String surname,
      NameRomaniser names, String identity) {
    String determiner = wordBefore(text, start, DETERMINERS.keySet());
    start -= determiner == null ? 0 : determiner.length();
    boolean afterNoun = determiner == null && afterNoun(text, start);
    String who = role != null ? ROLES.get(role) : afterNoun ? null : "person";
    String article = determiner != null ? DETERMINERS.get(determiner) : afterNoun ? null : "a";
    String described = who == null ? "surnamed" : who + " surnamed";
    if (article != null) {
      boolean vowel = "aeiou".indexOf(described.charAt(0)) >= 0;
      described = (article.equals("a") && vowel ? "an" : article) + " " + described;
    }
    String family = names.chineseName(surname);
    return new Mention(start, end, text.substring(start, end),
        described + " " + family, family, null, false,
        "anonymous\t" + identity);
  }

}
