package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Institutions, companies and local places named by two characters before what they are (长峰医院,
 * 永辉超市, 云帆科技, 灿星文化, 青禾县, 临溪市, 石桥村): the name romanised and the kind in English,
 * "Changfeng Hospital", "Yunfan Technology", "Qinghe county", "Shiqiao village", "Linxi" (a city
 * is named without its 市, as {@link PlaceSuffixes} names known cities). HanLP tags the kind but
 * leaves the name as words or single characters, which a gloss reads one by one ("long highest
 * level hospital", "cloud the sail science and technology", "face the creek city"). A name that
 * is a dictionary word (精诚 "sincerity", 人工 of 人工智能) is left to the dictionary. A company or a
 * place is called by its name alone after the first mention, and the article may write it so
 * (华腾集团, then 转投华腾): {@link #bareName}. News outlets are named so too (望川日报 Wangchuan
 * Daily, 澄观新闻 Chengguan News); their name alone is that name wherever it stands (望川港,
 * 澄观调查), no entity of its own.
 */
final class NamesBeforeTheirKind {
  /**
   * What a name is, in English, and whether English calls it by its name alone after the first
   * mention (companies and places, not a hospital or a school). An outlet keeps its full name,
   * but its name alone is that name wherever it stands ({@link #bareName}).
   */
  private record Kind(
      String english, Entity.Type type, boolean calledByName, boolean outlet, boolean paper) {
    static Kind institution(String english) {
      return new Kind(english, Entity.Type.ORGANIZATION, false, false, false);
    }

    static Kind company(String english) {
      return new Kind(english, Entity.Type.ORGANIZATION, true, false, false);
    }

    static Kind place(String english) {
      return new Kind(english, Entity.Type.PLACE, true, false, false);
    }

    /** A river, lake or mountain: named in full every time, as English does (the Yudai River). */
    static Kind feature(String english) {
      return new Kind(english, Entity.Type.PLACE, false, false, false);
    }

    static Kind outlet(String english) {
      return new Kind(english, Entity.Type.ORGANIZATION, false, true, false);
    }

    /** A print outlet, which a place's name before it names ({@link #paperNamedFor}). */
    static Kind paper(String english) {
      return new Kind(english, Entity.Type.ORGANIZATION, false, true, true);
    }

    /** Places, and outlets named after them (临溪晚报), may have a name that opens with a verb. */
    boolean namedLikeAPlace() {
      return type == Entity.Type.PLACE || outlet;
    }
  }

  /**
   * The kinds, as HanLP cuts the last word. Not 公司 (a person's name before it is their company:
   * 张庭公司) nor 电子, an adjective as often (白表电子退款, a white-form electronic refund). Towns,
   * townships and villages HanLP often cuts across their kind: {@link #withSmallPlacesApart}.
   */
  private static final Map<String, Kind> KINDS = Map.ofEntries(
      Map.entry("医院", Kind.institution("Hospital")),
      Map.entry("中学", Kind.institution("Middle School")),
      Map.entry("小学", Kind.institution("Primary School")),
      Map.entry("大学", Kind.institution("University")),
      Map.entry("学校", Kind.institution("School")), Map.entry("学院", Kind.institution("College")),
      Map.entry("酒店", Kind.institution("Hotel")), Map.entry("商场", Kind.institution("Mall")),
      Map.entry("幼儿园", Kind.institution("Kindergarten")),
      Map.entry("超市", Kind.company("Supermarket")), Map.entry("矿业", Kind.company("Mining")),
      Map.entry("集团", Kind.company("Group")), Map.entry("银行", Kind.company("Bank")),
      Map.entry("科技", Kind.company("Technology")), Map.entry("智能", Kind.company("Intelligent")),
      Map.entry("传媒", Kind.company("Media")), Map.entry("文化", Kind.company("Culture")),
      Map.entry("能源", Kind.company("Energy")), Map.entry("医药", Kind.company("Pharmaceutical")),
      Map.entry("药业", Kind.company("Pharmaceutical")),
      Map.entry("证券", Kind.company("Securities")), Map.entry("控股", Kind.company("Holdings")),
      Map.entry("物流", Kind.company("Logistics")), Map.entry("汽车", Kind.company("Auto")),
      Map.entry("食品", Kind.company("Food")), Map.entry("实业", Kind.company("Industrial")),
      Map.entry("网络", Kind.company("Network")), Map.entry("机器人", Kind.company("Robotics")),
      Map.entry("市", Kind.place("")), Map.entry("县", Kind.place("county")),
      Map.entry("镇", Kind.place("town")), Map.entry("乡", Kind.place("township")),
      Map.entry("村", Kind.place("village")),
      Map.entry("河", Kind.feature("River")), Map.entry("江", Kind.feature("River")),
      Map.entry("湖", Kind.feature("Lake")), Map.entry("山", Kind.feature("Mountain")),
      // as Chinese papers style themselves in English: 羊城晚报 Yangcheng Evening News, 华西都市报
      // West China Metropolis Daily, 北京青年报 Beijing Youth Daily, 东方早报 Oriental Morning Post
      Map.entry("日报", Kind.paper("Daily")), Map.entry("晚报", Kind.paper("Evening News")),
      Map.entry("早报", Kind.paper("Morning Post")), Map.entry("晨报", Kind.paper("Morning Post")),
      Map.entry("时报", Kind.paper("Times")), Map.entry("商报", Kind.paper("Business Daily")),
      Map.entry("都市报", Kind.paper("Metropolis Daily")),
      Map.entry("青年报", Kind.paper("Youth Daily")), Map.entry("周刊", Kind.outlet("Weekly")),
      Map.entry("新闻", Kind.outlet("News")), Map.entry("新闻网", Kind.outlet("News")),
      Map.entry("电视台", Kind.outlet("TV")));
  /**
   * The kinds of small places. Their names are often a place the dictionary knows elsewhere (白沙
   * is a county in Hainan and a town in many provinces), so only a common word is no such name.
   */
  private static final String SMALL_PLACES = "镇乡村";
  /**
   * The kinds of rivers, lakes and mountains. Their names are often words of the dictionary (玉带
   * "jade belt", 金鸡 "golden pheasant", 清溪 "clear creek"), but rare ones: an everyday word
   * before them says what they are made of or like (垃圾山, 母亲河), {@link #isEverydayWord}.
   */
  private static final String FEATURES = "河江湖山";
  /** What HanLP glues to a feature's kind after its name: 河岸, 河边, 湖畔, 山上, 山脚. */
  private static final String FEATURE_SIDES = "岸边畔上脚";
  /**
   * How often HanLP's core dictionary must have seen a word for it to be an everyday word
   * (垃圾 53 times, 母亲 105, 季节 34, 石头 8) rather than a name's (玉带, 金鸡 and 清溪 once each).
   */
  static final int EVERYDAY_FREQUENCY = 5;
  /**
   * Tags the parts of such a name get: proper nouns, nouns, adjectives, morphemes (灿 of 灿星文化 an
   * adjective's, 观 of 澄观智能 a verb's).
   */
  private static final Set<String> NAME_TAGS =
      Set.of("nz", "nr", "nrf", "ns", "nt", "n", "ng", "a", "ag", "vg", "b", "j");
  /** A place's name may also open with a verb (临 of 临溪市, 望 of 望川). */
  private static final Set<String> PLACE_NAME_TAGS = Set.of("v");
  /** Tags of a single character that may open a longer name (右 of 右安门医院: f). */
  private static final Set<String> GLUED_TAGS = Set.of("f", "n", "ng", "a", "b", "nz", "j", "nr");
  /** Characters that make the two before a kind a determiner or a number (该医院, 三甲医院). */
  private static final String NOT_IN_NAMES =
      "该这那此各每本其我贵某一二三四五六七八九十两几全总分新老大小家所多数诸科";

  private NamesBeforeTheirKind() {}

  /**
   * How many words from {@code i} make the name whose kind follows them: 1 (永辉 超市), 2 (长 峰
   * 医院), or 0 when none does.
   */
  static int nameWords(List<Term> terms, int i) {
    if (i > 0 && gluedBefore(terms.get(i - 1))) {
      return 0; // 右安门医院: the name is longer than two characters
    }
    for (int n = 1; n <= 2 && i + n < terms.size(); n++) {
      Kind kind = KINDS.get(terms.get(i + n).word);
      if (kind != null && isName(terms.subList(i, i + n), terms.get(i + n).word)) {
        return n;
      }
    }
    return 0;
  }

  /** The mention of the name's {@code n} words from {@code offset} and the kind after them. */
  static Mention mention(List<Term> terms, int i, int n, int offset) {
    StringBuilder name = new StringBuilder();
    terms.subList(i, i + n).forEach(t -> name.append(t.word));
    String kindWord = terms.get(i + n).word;
    Kind kind = KINDS.get(kindWord);
    String romanised = NameRomaniser.pinyinWord(name.toString());
    String english = kind.english().isEmpty() ? romanised : romanised + " " + kind.english();
    String chinese = name + kindWord;
    return new Mention(offset, offset + chinese.length(), chinese, english,
        kind.calledByName() ? romanised : english, kind.type(), false);
  }

  /**
   * The company or place of {@code m} as the article may write it without its kind (华腾 of
   * 华腾集团, 望川 of 望川市), one entity with it; an outlet's name alone (澄观 of 澄观新闻, 望川 of
   * 望川日报), which is no entity: it names the outlet's town or brand as often as the outlet
   * (望川港, 澄观调查). Empty when {@code m} is none this class named.
   */
  static Optional<Mention> bareName(Mention m) {
    String chinese = m.chinese();
    Kind kind = chinese.length() > 2 ? KINDS.get(chinese.substring(2)) : null;
    if (m.glossary() || kind == null || m.type() != kind.type()) {
      return Optional.empty();
    }
    if (kind.outlet()) {
      return outletName(m, kind);
    }
    if (!kind.calledByName()) {
      return Optional.empty();
    }
    String named = kind.english().isEmpty() ? m.shortForm() : m.shortForm() + " " + kind.english();
    if (!m.english().equals(named)) {
      return Optional.empty(); // another finder's name that ends in a kind's characters
    }
    return Optional.of(new Mention(m.start(), m.start() + 2, chinese.substring(0, 2), m.english(),
        m.shortForm(), m.type(), false, m.identity()));
  }

  /**
   * The paper a place the dictionary knows names ({@code place} and a print outlet's kind right
   * after it: 北京日报 Beijing Daily, 北京青年报 Beijing Youth Daily), or {@code place} itself.
   * Not 新闻, 电视台 or 周刊, as much a common noun after a place (香港新闻界, 韩国电视台).
   */
  static Mention paperNamedFor(Mention place, String text) {
    boolean written = place.end() - place.start() == place.chinese().length();
    if (place.type() != Entity.Type.PLACE || !written) {
      return place;
    }
    for (Map.Entry<String, Kind> k : KINDS.entrySet()) {
      String kindWord = k.getKey();
      if (k.getValue().paper() && text.startsWith(kindWord, place.end())) {
        String english = place.english() + " " + k.getValue().english();
        return new Mention(place.start(), place.end() + kindWord.length(),
            place.chinese() + kindWord, english, english, Entity.Type.ORGANIZATION, false);
      }
    }
    return place;
  }

  /**
   * The name alone of the outlet {@code m}; empty when another finder named it. A paper's is the
   * place it is named for (望川 of 望川日报: Chinese papers are named for their city, county or
   * province), so a place; any other outlet's is no entity (澄观 of 澄观新闻 is a brand as often as
   * a town).
   */
  private static Optional<Mention> outletName(Mention m, Kind kind) {
    String suffix = " " + kind.english();
    if (!m.english().endsWith(suffix) || !m.english().equals(m.shortForm())) {
      return Optional.empty();
    }
    String name = m.english().substring(0, m.english().length() - suffix.length());
    return Optional.of(new Mention(m.start(), m.start() + 2, m.chinese().substring(0, 2), name,
        name, kind.paper() ? Entity.Type.PLACE : null, false));
  }

  /**
   * {@code terms} with a small place's kind cut out of the word HanLP glued it into, where the
   * cut leaves a name right before it: 柳 + 溪村 as 柳 + 溪 + 村, 白沙镇 as 白沙 + 镇, 白沙 + 镇政府 as
   * 白沙 + 镇 + 政府. A dictionary word keeps its kind (农村, 重镇, 萍乡 the city), and so does a word
   * whose cut leaves no name (新农村: 新 opens no name).
   */
  static List<Term> withSmallPlacesApart(List<Term> terms) {
    List<Term> out = new ArrayList<>(terms.size() + 2);
    for (Term t : terms) {
      List<Term> cut = kindCutOut(t);
      int kindAt = out.size() + (isKindLast(cut) ? 1 : 0);
      out.addAll(cut);
      if (cut.size() > 1 && !namedBefore(out, kindAt)) {
        out.subList(out.size() - cut.size(), out.size()).clear();
        out.add(t);
      }
    }
    return out;
  }

  /**
   * {@code t} in the pieces a small place's kind makes of it: the kind and the word after it
   * (镇政府: 镇 + 政府), or what comes before and the kind (溪村: 溪 + 村); {@code t} alone when it
   * is a dictionary word or holds no kind at either end.
   */
  private static List<Term> kindCutOut(Term t) {
    String w = t.word;
    if (w.length() < 2 || !w.codePoints().allMatch(Character::isIdeographic)) {
      return List.of(t);
    }
    if (w.length() == 2 && isFeature(w.substring(0, 1)) && FEATURE_SIDES.indexOf(w.charAt(1)) >= 0) {
      return List.of(new Term(w.substring(0, 1), Nature.n), new Term(w.substring(1), Nature.f));
    }
    if (Cedict.shared().contains(w)) {
      return List.of(t);
    }
    // a feature's two-character name and its kind (清溪河); a shorter word's 河 may open the next
    // word (另 + 据河 + 南 is 另据 + 河南, Henan)
    boolean featureLast = isFeature(w.substring(w.length() - 1)) && w.length() == 3;
    if (isSmallPlace(w.substring(w.length() - 1)) || featureLast) {
      return List.of(new Term(w.substring(0, w.length() - 1), t.nature),
          new Term(w.substring(w.length() - 1), Nature.n));
    }
    String after = w.substring(1);
    if (isSmallPlace(w.substring(0, 1)) && after.length() >= 2
        && Cedict.shared().hasCommonSense(after)) {
      return List.of(new Term(w.substring(0, 1), Nature.n), new Term(after, t.nature));
    }
    return List.of(t);
  }

  /** True when the words right before the kind at {@code kindAt} name what it is. */
  private static boolean namedBefore(List<Term> terms, int kindAt) {
    for (int n = 1; n <= 2 && kindAt - n >= 0; n++) {
      if (nameWords(terms, kindAt - n) == n) {
        return true;
      }
    }
    return false;
  }

  /**
   * A single character that may be the start of a longer name (右 of 右安门); not a place's kind,
   * which ends the larger place the name lies in (青禾县望溪镇).
   */
  private static boolean gluedBefore(Term before) {
    Kind kind = KINDS.get(before.word);
    return before.word.length() == 1 && Character.isIdeographic(before.word.charAt(0))
        && GLUED_TAGS.contains(before.nature.toString())
        && (kind == null || kind.type() != Entity.Type.PLACE);
  }

  private static boolean isName(List<Term> words, String kindWord) {
    Kind kind = KINDS.get(kindWord);
    StringBuilder name = new StringBuilder();
    for (Term t : words) {
      String tag = t.nature.toString();
      // a verb opens a town's name (临溪市) but is what happened at a river (人 + 坠 + 河, "fell
      // into the river")
      boolean place = kind.namedLikeAPlace() && !isFeature(kindWord) && PLACE_NAME_TAGS.contains(tag);
      if (!NAME_TAGS.contains(tag) && !place) {
        return false;
      }
      name.append(t.word);
    }
    return name.length() == 2 && name.codePoints().allMatch(Character::isIdeographic)
        && name.chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)
        && !FunctionWords.shared().lists(name.toString()) // 港务 "port" of 港务集团, a news word
        && !isCommonWordBefore(kindWord, name.toString());
  }

  /**
   * Whether {@code name} is a word that says what the kind is rather than naming it: for a river,
   * lake or mountain an everyday word, one holding a feature's kind (山外山, mountains beyond), or
   * a dictionary word with the kind (母亲河); for a small place a common word; else any word the
   * dictionary lists.
   */
  private static boolean isCommonWordBefore(String kindWord, String name) {
    if (isFeature(kindWord)) {
      return isEverydayWord(name) || name.chars().anyMatch(c -> FEATURES.indexOf(c) >= 0)
          || Cedict.shared().contains(name + kindWord);
    }
    return isSmallPlace(kindWord) ? Cedict.shared().hasCommonSense(name)
        : Cedict.shared().contains(name);
  }

  /** A common word of the dictionary that HanLP has seen often: no name ({@value #EVERYDAY_FREQUENCY}). */
  private static boolean isEverydayWord(String word) {
    CoreDictionary.Attribute seen = CoreDictionary.get(word);
    return Cedict.shared().hasCommonSense(word)
        && (seen == null ? 0 : seen.totalFrequency) >= EVERYDAY_FREQUENCY;
  }

  private static boolean isFeature(String kindWord) {
    return kindWord.length() == 1 && FEATURES.contains(kindWord);
  }

  /** Whether {@code cut} ends in the kind (溪 + 村, 清溪 + 河) rather than opening with it (镇 + 政府). */
  private static boolean isKindLast(List<Term> cut) {
    String last = cut.get(cut.size() - 1).word;
    return isSmallPlace(last) || isFeature(last);
  }

  private static boolean isSmallPlace(String kindWord) {
    return kindWord.length() == 1 && SMALL_PLACES.contains(kindWord);
  }
}
