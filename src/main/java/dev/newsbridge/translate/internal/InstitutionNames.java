package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.Entity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Institutions and companies named by two characters and what they are (长峰医院, 永辉超市, 云谷学校,
 * 云帆科技, 灿星文化): the name romanised and the kind in English, "Changfeng Hospital", "Yunfan
 * Technology". HanLP tags the kind (nis) or a plain noun but leaves the name as words or single
 * characters, which a gloss reads one by one ("long highest level hospital", "cloud the sail science
 * and technology"). A name that is a dictionary word (精诚 "sincerity", 人工 of 人工智能) is left to
 * the dictionary. A company is called by its name alone after the first mention, and the article
 * may write it so (华腾集团, then 转投华腾): {@link #bareName}.
 */
final class InstitutionNames {
  /** What an institution is, as HanLP tags its last word, and its English. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("医院", "Hospital"), Map.entry("中学", "Middle School"),
      Map.entry("小学", "Primary School"), Map.entry("大学", "University"),
      Map.entry("学校", "School"), Map.entry("学院", "College"), Map.entry("超市", "Supermarket"),
      Map.entry("矿业", "Mining"), Map.entry("集团", "Group"), Map.entry("银行", "Bank"),
      Map.entry("酒店", "Hotel"), Map.entry("商场", "Mall"), Map.entry("幼儿园", "Kindergarten"),
      Map.entry("科技", "Technology"), Map.entry("智能", "Intelligent"), Map.entry("传媒", "Media"),
      Map.entry("文化", "Culture"), Map.entry("能源", "Energy"),
      Map.entry("医药", "Pharmaceutical"), Map.entry("药业", "Pharmaceutical"),
      Map.entry("证券", "Securities"), Map.entry("控股", "Holdings"), Map.entry("物流", "Logistics"),
      Map.entry("汽车", "Auto"), Map.entry("食品", "Food"), Map.entry("实业", "Industrial"),
      Map.entry("网络", "Network"), Map.entry("机器人", "Robotics"));
  /**
   * The kinds that are companies, which English calls by their name alone after the first time. Not
   * 公司 (a person's name before it is their company: 张庭公司) nor 电子, an adjective as often
   * (白表电子退款, a white-form electronic refund).
   */
  private static final Set<String> COMPANIES = Set.of("超市", "矿业", "集团", "银行", "科技", "智能",
      "传媒", "文化", "能源", "医药", "药业", "证券", "控股", "物流", "汽车", "食品", "实业", "网络",
      "机器人");
  /**
   * Tags the parts of such a name get: proper nouns, nouns, adjectives, morphemes (灿 of 灿星文化 an
   * adjective's, 观 of 澄观智能 a verb's).
   */
  private static final Set<String> NAME_TAGS =
      Set.of("nz", "nr", "nrf", "ns", "nt", "n", "ng", "a", "ag", "vg", "b", "j");
  /** Tags of a single character that may open a longer name (右 of 右安门医院: f). */
  private static final Set<String> GLUED_TAGS = Set.of("f", "n", "ng", "a", "b", "nz", "j", "nr");
  /** Characters that make the two before a kind a determiner or a number (该医院, 三甲医院). */
  private static final String NOT_IN_NAMES =
      "该这那此各每本其我贵某一二三四五六七八九十两几全总分新老大小家所多数诸科";

  private InstitutionNames() {}

  /**
   * How many words from {@code i} make the name of the institution whose kind follows them: 1
   * (永辉 超市), 2 (长 峰 医院), or 0 when none does.
   */
  static int nameWords(List<Term> terms, int i) {
    if (i > 0 && gluedBefore(terms.get(i - 1))) {
      return 0; // 右安门医院: the name is longer than two characters
    }
    for (int n = 1; n <= 2 && i + n < terms.size(); n++) {
      if (KINDS.containsKey(terms.get(i + n).word) && isName(terms.subList(i, i + n))) {
        return n;
      }
    }
    return 0;
  }

  /** The mention of the name's {@code n} words from {@code offset} and the kind after them. */
  static Mention mention(List<Term> terms, int i, int n, int offset) {
    StringBuilder name = new StringBuilder();
    terms.subList(i, i + n).forEach(t -> name.append(t.word));
    String kind = terms.get(i + n).word;
    String romanised = NameRomaniser.pinyinWord(name.toString());
    String english = romanised + " " + KINDS.get(kind);
    String chinese = name + kind;
    return new Mention(offset, offset + chinese.length(), chinese, english,
        COMPANIES.contains(kind) ? romanised : english, Entity.Type.ORGANIZATION, false);
  }

  /**
   * The company of {@code m} as the article may write it without its kind (华腾 of 华腾集团), one
   * entity with it; empty when {@code m} is no company this class named.
   */
  static Optional<Mention> bareName(Mention m) {
    String chinese = m.chinese();
    if (m.glossary() || m.type() != Entity.Type.ORGANIZATION || chinese.length() <= 2
        || !COMPANIES.contains(chinese.substring(2))
        || !m.english().equals(m.shortForm() + " " + KINDS.get(chinese.substring(2)))) {
      return Optional.empty();
    }
    return Optional.of(new Mention(m.start(), m.start() + 2, chinese.substring(0, 2), m.english(),
        m.shortForm(), m.type(), false, m.identity()));
  }

  /** A single character that may be the start of a longer name (右 of 右安门). */
  private static boolean gluedBefore(Term before) {
    return before.word.length() == 1 && Character.isIdeographic(before.word.charAt(0))
        && GLUED_TAGS.contains(before.nature.toString());
  }

  private static boolean isName(List<Term> words) {
    StringBuilder name = new StringBuilder();
    for (Term t : words) {
      if (!NAME_TAGS.contains(t.nature.toString())) {
        return false;
      }
      name.append(t.word);
    }
    return name.length() == 2 && name.codePoints().allMatch(Character::isIdeographic)
        && name.chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)
        && !Cedict.shared().contains(name.toString());
  }
}
