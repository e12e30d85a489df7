package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in one raw Chinese text, in three passes that never overlap: glossary headwords
 * (matched on the raw characters, so 苏茨克维和 still yields 苏茨克维), dotted transliterated names
 * (马修·阿尔宾塞), then HanLP's person recognisers (nr, nrf) and dictionary place and
 * organisation words (ns, nt) in the gaps left.
 */
public final class MentionFinder {
  /** The longest part of a dotted name taken from a run of transliteration characters. */
  static final int MAX_NAME_PART = 6;
  /** How many characters a dotted name may reach past its table edge to a Latin original. */
  static final int ORIGINAL_REACH = 3;
  /**
   * Characters that do not occur in Chinese given names but open or close the words HanLP's
   * name recogniser glues to a surname (都曾, 曾在多, 向其).
   */
  static final String NOT_IN_GIVEN_NAMES = "的了在是和与也都就将被把对从向以为于及而或并曾已又还再很更最其该此"
      + "这那们个年月日说称等用时后前上下中内外里间向由改";
  /** Last characters of role words that HanLP's recogniser mistakes for a surname (快递员). */
  static final String ROLE_ENDS = "员者师长家生手工官";

  private static final Pattern DOTTED =
      Pattern.compile("\\p{IsHan}[" + NameRomaniser.NAME_DOTS + "]\\p{IsHan}");
  /** Characters of the common transliteration tables, less ones that often end Chinese words. */
  private static final String TRANSLITERATION =
      "阿埃艾爱安昂奥巴拔白班邦包保鲍贝本比彼毕宾波伯博布采查达戴丹道德登迪蒂丁东杜顿多俄厄恩尔"
          + "法范菲芬丰佛夫福弗盖冈戈哥格古瓜圭哈海汉豪赫亨胡华怀惠霍基吉加贾杰金卡凯坎康考柯科克"
          + "肯库夸奎拉莱赖兰朗劳勒雷蕾利里莉林琳隆卢鲁路伦罗洛马迈麦曼芒毛梅蒙米莫默姆穆纳乃南"
          + "内尼妮涅努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦丘萨塞桑瑟森沙莎尚舍什施史舒斯丝松苏索塔"
          + "泰坦汤唐陶特滕提汀通图托瓦万旺威韦维温沃乌伍西希锡夏辛休雅亚扬耶伊因英尤约泽扎詹兹"
          + "佐茨芙黛娅娜琪卫迦诺荷丽赛富密根珍逊肖思易";

  /** Plain nouns that, before a ministry's name, still mean the national body (国家教育部). */
  private static final Set<String> NATIONAL_WORDS =
      Set.of("国家", "中央", "联邦", "政府", "国务院", "全国", "我国", "本国");

  private final Glossary glossary;
  private final NameRomaniser names;
  private final SenseChooser senses;
  private final TransliterationRuns runs;

  public MentionFinder(Glossary glossary, NameRomaniser names, SenseChooser senses) {
    this.glossary = glossary;
    this.names = names;
    this.senses = senses;
    this.runs = new TransliterationRuns(names);
  }

  /** The English an article's parenthetical original gives a Chinese name. */
  public record Alias(String english, String shortForm, Entity.Type type) {}

  /** The mentions in {@code text}, in order; {@code article} is the whole text, for cues. */
  public List<Mention> find(String text, String article) {
    return find(text, article, originals(List.of(article), article));
  }

  /**
   * The mentions in {@code text}, in order, with every name an {@code alias} covers written with
   * its Latin original and the redundant parenthetical original taken into the mention.
   */
  public List<Mention> find(String text, String article, Map<String, Alias> aliases) {
    List<Mention> found = baseMentions(text, article);
    placeAliases(text, found, aliases);
    found.replaceAll(m -> withParenthetical(text, m));
    found.sort(Comparator.comparingInt(Mention::start));
    return withPlacesTheirNamesHold(text, found);
  }

  /**
   * A place right before a body whose English name already holds it (中国 + 证监会, China
   * Securities Regulatory Commission; 香港 + 联交所) is part of the body's mention, so the English
   * does not say "China China Securities Regulatory Commission".
   */
  private static List<Mention> withPlacesTheirNamesHold(String text, List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Mention place = sorted.get(i);
      Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (next != null && place.type() == Entity.Type.PLACE && next.start() == place.end()
          && next.type() == Entity.Type.ORGANIZATION
          && next.english().startsWith(place.english() + " ")) {
        out.add(new Mention(place.start(), next.end(), text.substring(place.start(), next.end()),
            next.english(), next.shortForm(), next.type(), next.glossary(), next.identity()));
        i++;
      } else {
        out.add(place);
      }
    }
    return out;
  }

  /**
   * The Latin originals an article writes after its names (萨姆·奥特曼（Sam Altman）), keyed by
   * the Chinese name and, for a dotted name, by its last part too (later 奥特曼 alone).
   */
  public Map<String, Alias> originals(List<String> texts, String article) {
    Map<String, Alias> aliases = new LinkedHashMap<>();
    for (String text : texts) {
      if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
        continue;
      }
      List<Mention> mentions = baseMentions(text, article);
      for (int p = 0; p < text.length(); p++) {
        char c = text.charAt(p);
        if (c == '（' || c == '(') {
          addOriginal(text, p, mentions, aliases);
        }
      }
    }
    return aliases;
  }

  private void addOriginal(String text, int paren, List<Mention> mentions,
      Map<String, Alias> aliases) {
    Mention named = mentions.stream().filter(m -> m.end() == paren).findFirst()
        .orElseGet(() -> trailingName(text, paren));
    ParentheticalOriginals.Original o =
        named == null ? null : ParentheticalOriginals.after(text, paren, named.type());
    if (o == null) {
      return;
    }
    boolean person = named.type() == Entity.Type.PERSON;
    Alias alias = new Alias(o.latin(), person ? ParentheticalOriginals.surname(o.latin())
        : o.latin(), named.type());
    aliases.put(named.chinese(), alias);
    int dot = lastDot(named.chinese());
    if (person && dot >= 0 && named.chinese().length() - dot > 2) {
      aliases.putIfAbsent(named.chinese().substring(dot + 1), alias);
    }
  }

  /** A transliterated name no finder took, ending right before a parenthetical original. */
  private static Mention trailingName(String text, int end) {
    int start = end;
    while (start > 0 && end - start < 2 * MAX_NAME_PART
        && isTransliteration(text.substring(start - 1, start))) {
      start--;
    }
    String name = text.substring(start, end);
    return name.length() < 2 ? null
        : new Mention(start, end, name, name, name, Entity.Type.PERSON, false);
  }

  private static int lastDot(String name) {
    int dot = -1;
    for (int i = 0; i < name.length(); i++) {
      dot = NameRomaniser.NAME_DOTS.indexOf(name.charAt(i)) >= 0 ? i : dot;
    }
    return dot;
  }

  private List<Mention> baseMentions(String text, String article) {
    // People named by surname only first: the role before the name is part of their mention, even
    // a role the glossary knows (犯罪嫌疑人王某).
    List<Mention> found = new ArrayList<>(AnonymousPeople.find(text, article, names));
    for (Glossary.Hit hit : glossary.find(text)) {
      GlossaryEntry e = glossary.resolve(hit.chinese(), article);
      if (e != null && isFree(found, hit.start(), hit.end())) {
        found.add(new Mention(hit.start(), hit.end(), hit.chinese(), e.english(), e.shortForm(),
            e.type(), true));
      }
    }
    findDottedNames(text, found);
    runs.find(text, article, found);
    findNamesAfterRoles(text, found);
    findRecognisedNames(text, article, found);
    return found;
  }

  /** Names between a role word and a speech cue ({@link RoleNames}) that nothing else took. */
  private void findNamesAfterRoles(String text, List<Mention> found) {
    for (int[] span : RoleNames.spans(text, names)) {
      if (isFree(found, span[0], span[1])) {
        String name = text.substring(span[0], span[1]);
        String english = names.chineseName(name);
        found.add(new Mention(span[0], span[1], name, english, english, Entity.Type.PERSON, false));
      }
    }
  }

  /** Every occurrence of an aliased name, longest first, replacing what overlaps it. */
  private static void placeAliases(String text, List<Mention> found, Map<String, Alias> aliases) {
    List<Mention> placed = new ArrayList<>();
    List<String> keys = new ArrayList<>(aliases.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    for (String key : keys) {
      Alias a = aliases.get(key);
      for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        int start = i;
        int end = i + key.length();
        if (isFree(placed, start, end)) {
          placed.add(new Mention(start, end, key, a.english(), a.shortForm(), a.type(), true));
        }
      }
    }
    found.removeIf(m -> !isFree(placed, m.start(), m.end()));
    found.addAll(placed);
  }

  /** A mention followed by its Latin original takes the parenthetical in, so it is not repeated. */
  private static Mention withParenthetical(String text, Mention m) {
    ParentheticalOriginals.Original o = ParentheticalOriginals.after(text, m.end(), m.type());
    if (o == null) {
      return m;
    }
    return new Mention(m.start(), o.end(), m.chinese(), m.english(),
        m.shortForm(), m.type(), m.glossary(), m.identity());
  }

  private void findDottedNames(String text, List<Mention> found) {
    Matcher m = DOTTED.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int dot = m.start() + 1;
      int start = leftEdge(text, dot, found);
      int end = rightEdge(text, dot + 1, found);
      while (end + 1 < text.length() && NameRomaniser.NAME_DOTS.indexOf(text.charAt(end)) >= 0
          && Character.isIdeographic(text.charAt(end + 1))) {
        end = rightEdge(text, end + 1, found);
      }
      end = extendToOriginal(text, end);
      if (start < dot && end > dot + 1) {
        addDottedName(text.substring(start, end), start, end, found);
      }
      from = Math.max(end, dot + 1);
    }
  }

  /**
   * Adds a dotted name; a glossary person inside it (萨姆·奥特曼 holds 奥特曼) lends its canonical
   * name, so both spellings of the person resolve to one entity.
   */
  private void addDottedName(String name, int start, int end, List<Mention> found) {
    List<Mention> inside = found.stream()
        .filter(f -> f.overlaps(start, end)).toList();
    String english = names.foreignName(name);
    if (inside.size() == 1 && inside.get(0).type() == Entity.Type.PERSON
        && inside.get(0).end() == end) {
      Mention known = inside.get(0);
      String given = names.foreignName(name.substring(0, known.start() - start));
      english = known.english().startsWith(given) ? known.english()
          : given + " " + known.shortForm();
      found.remove(known);
    } else if (!inside.isEmpty()) {
      return;
    }
    found.add(new Mention(start, end, name, english, lastWord(english), Entity.Type.PERSON,
        false));
  }

  /**
   * A name part the transliteration table missed (施密特 stops at 密) still runs up to a Latin
   * original that follows within {@value #ORIGINAL_REACH} characters.
   */
  private static int extendToOriginal(String text, int end) {
    for (int p = end; p < text.length() && p - end <= ORIGINAL_REACH; p++) {
      if (ParentheticalOriginals.after(text, p, Entity.Type.PERSON) != null) {
        return p;
      }
      if (!Character.isIdeographic(text.charAt(p))) {
        break;
      }
    }
    return end;
  }

  /** Where the name before a dot starts: a known given name, else a run of transliteration. */
  private int leftEdge(String text, int dot, List<Mention> found) {
    for (int len = Math.min(MAX_NAME_PART, dot); len >= 1; len--) {
      if (names.isGivenName(text.substring(dot - len, dot))) {
        return dot - len;
      }
    }
    int i = dot;
    while (i > 0 && dot - i < MAX_NAME_PART && TRANSLITERATION.indexOf(text.charAt(i - 1)) >= 0
        && isFree(found, i - 1, i)) {
      i--;
    }
    return i;
  }

  /** Where the name part after a dot ends: a glossary name there, else transliteration. */
  private static int rightEdge(String text, int from, List<Mention> found) {
    for (Mention m : found) {
      if (m.start() == from) {
        return m.end();
      }
    }
    int i = from;
    while (i < text.length() && i - from < MAX_NAME_PART
        && TRANSLITERATION.indexOf(text.charAt(i)) >= 0 && isFree(found, i, i + 1)
        && !(i > from && startsWord(text, i))) {
      i++;
    }
    return i == from && from < text.length() ? from + 1 : i;
  }

  /**
   * HanLP's names in the gaps the other passes left; a name that lacks a person cue is still
   * taken when it is paired with a person ({@link PairedNames}: 张兰 in 汪小菲和张兰).
   */
  private void findRecognisedNames(String text, String article, List<Mention> found) {
    List<Mention> known = new ArrayList<>(found);
    known.sort(Comparator.comparingInt(Mention::start));
    List<Mention> uncued = new ArrayList<>();
    int gapStart = 0;
    for (Mention k : known) {
      recogniseIn(text, article, gapStart, k.start(), found, uncued);
      gapStart = k.end();
    }
    recogniseIn(text, article, gapStart, text.length(), found, uncued);
    found.addAll(PairedNames.find(text, article, found, uncued, names));
  }

  private void recogniseIn(String text, String article, int from, int to, List<Mention> found,
      List<Mention> uncued) {
    if (to - from < 2) {
      return;
    }
    int offset = from;
    List<Term> terms = repairNames(Hanlp.withNames(text.substring(from, to)));
    for (int i = 0; i < terms.size(); i++) {
      int institution = InstitutionNames.nameWords(terms, i);
      if (institution > 0) {
        Mention m = InstitutionNames.mention(terms, i, institution, offset);
        found.add(m);
        offset += m.end() - m.start();
        i += institution;
        continue;
      }
      Term term = terms.get(i);
      Mention m = isDepartment(terms, i) ? null
          : toMention(term.word, term.nature.toString(), offset, text, article, uncued);
      if (m == null && i + 1 < terms.size() && names.isCompoundSurname(term.word)) {
        m = compoundSurnameName(term.word, terms.get(i + 1), offset);
        if (m != null) {
          offset += terms.get(++i).word.length();
        }
      }
      if (m != null) {
        found.add(placeBeforeSuffix(text, m));
      }
      offset += term.word.length();
    }
  }

  /**
   * True when the organisation word at {@code i} names a department of whatever the plain noun
   * before it is: 社会教育部 (a museum's public-education department) is not 教育部 (the Ministry of
   * Education), 国家教育部 is.
   */
  private static boolean isDepartment(List<Term> terms, int i) {
    if (i == 0 || !terms.get(i).nature.toString().startsWith("nt")) {
      return false;
    }
    Term before = terms.get(i - 1);
    return before.nature.toString().equals("n") && !NATIONAL_WORDS.contains(before.word);
  }

  /**
   * Mends the ways HanLP's recogniser cuts Chinese names: one given-name character short (诸葛明 +
   * 辉), a role word's last character taken as the surname (快递员高建军 gives 员高 + 建军), the
   * word before or the function word after glued on (有 + 关徐翔, 徐翔并).
   */
  private List<Term> repairNames(List<Term> terms) {
    List<Term> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
      if (closesWordBefore(out, t)) {
        out.add(new Term(t.word.substring(0, 1), Nature.ng)); // 有 + 关徐翔: 有关 ("about") 徐翔
        out.add(new Term(t.word.substring(1), Nature.nr));
        continue;
      }
      if (endsInFunctionWord(t)) {
        out.add(new Term(t.word.substring(0, 2), Nature.nr)); // 徐翔 + 并没有 ("not at all")
        out.add(new Term(t.word.substring(2), Nature.d));
        continue;
      }
      if (!t.nature.toString().equals("nr") || next == null || !givenNamePart(next.word)) {
        out.add(t);
        continue;
      }
      String word = t.word;
      if (word.length() >= 2 && ROLE_ENDS.indexOf(word.charAt(0)) >= 0
          && names.surnameOf(word.substring(1) + next.word) != null
          && word.length() - 1 + next.word.length() <= 3) {
        out.add(new Term(word.substring(0, 1), Nature.ng));
        String name = word.substring(1) + next.word;
        Term third = i + 2 < terms.size() ? terms.get(i + 2) : null;
        if (name.length() == 2 && third != null && third.word.length() == 1
            && givenNamePart(third.word)) {
          name += third.word; // 监测员吴秀兰 gives 员吴 + 秀 + 兰
          i++;
        }
        out.add(new Term(name, Nature.nr));
        i++;
      } else if (names.surnameOf(word) != null
          && word.length() == names.surnameOf(word).length() + 1 && next.word.length() == 1
          && (!next.nature.toString().startsWith("v")
              || closesName(i + 2 < terms.size() ? terms.get(i + 2) : null))) {
        out.add(new Term(word + next.word, Nature.nr));
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * True when a three-character "name" opens with the character that closes a word begun by the
   * one-character term before it (有 + 关徐翔: 有关 "about"), and the rest is a name.
   */
  private boolean closesWordBefore(List<Term> before, Term t) {
    if (before.isEmpty() || !t.nature.toString().equals("nr") || t.word.length() != 3) {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return last.length() == 1 && Cedict.shared().hasCommonSense(last + t.word.charAt(0))
        && names.surnameOf(t.word.substring(1)) != null;
  }

  /**
   * True when a three-character "name" ends in a function word that follows a two-character name
   * (徐翔并没有: 并 "not at all"), which no given name holds.
   */
  private boolean endsInFunctionWord(Term t) {
    return t.nature.toString().equals("nr") && t.word.length() == 3
        && NOT_IN_GIVEN_NAMES.indexOf(t.word.charAt(2)) >= 0
        && names.looksChinese(t.word.substring(0, 2));
  }

  /**
   * True when {@code after} (null at the end) is punctuation, an adverb, a preposition, a
   * conjunction or a verb of saying: a verb before it can end a given name (李小 + 加 + 也, 付毅 +
   * 飞 + ）), while a verb before its object or 了 is the verb (申聪 + 丢 + 了, 姚策 + 诉 + 被告).
   */
  private static boolean closesName(Term after) {
    return after == null || "wdpc".indexOf(after.nature.toString().charAt(0)) >= 0
        || NameEvidence.SPEECH_VERBS.contains(after.word);
  }

  private static boolean givenNamePart(String word) {
    return word.length() <= 2 && word.codePoints().allMatch(Character::isIdeographic)
        && word.chars().noneMatch(c -> NOT_IN_GIVEN_NAMES.indexOf(c) >= 0);
  }

  /** HanLP splits 欧阳娜娜 into 欧阳 + 娜娜; a compound surname and a short noun make a name. */
  private Mention compoundSurnameName(String surname, Term next, int offset) {
    String given = next.word;
    if (given.length() > 2 || !given.codePoints().allMatch(Character::isIdeographic)
        || !next.nature.toString().startsWith("n")) {
      return null;
    }
    String name = surname + given;
    if (Cedict.shared().hasCommonSense(name)
        || given.length() == 2 && Cedict.shared().hasCommonSense(given)) {
      return null; // 东方白鹳 is the oriental stork, 白鹳 a bird
    }
    String english = names.chineseName(name);
    return new Mention(offset, offset + name.length(), name, english, english,
        Entity.Type.PERSON, false);
  }

  /**
   * The mention HanLP's tag {@code nature} makes of {@code word}, or null; a Chinese name that has
   * every mark of one but a person cue goes to {@code uncued} instead.
   */
  private Mention toMention(String word, String nature, int offset, String text, String article,
      List<Mention> uncued) {
    int end = offset + word.length();
    if (word.length() < 2 || !word.codePoints().allMatch(Character::isIdeographic)) {
      return null;
    }
    if (nature.equals("nr") && word.length() == 3 && "案处".indexOf(word.charAt(2)) >= 0
        && names.looksChinese(word.substring(0, 2))) {
      // 申聪案 is the Shen Cong case, 从胡磊处 "from Hu Lei('s place)": the person's name, then 案
      // or 处 for the engine.
      return plausibleChineseName(word, text, offset, article, new ArrayList<>())
          ? person(word.substring(0, 2), offset) : null;
    }
    if (nature.equals("nr") && names.looksChinese(word)) {
      String titled = NameEvidence.honorific(word, names);
      if (titled != null) {
        return new Mention(offset, end, word, titled, titled, Entity.Type.PERSON, false);
      }
      return plausibleChineseName(word, text, offset, article, uncued)
          ? person(word, offset) : null;
    }
    if ((nature.equals("nr") || nature.equals("nrf")) && isTransliteration(word)) {
      return foreignNameOrPlace(word, offset, article);
    }
    // A word with a common sense is that word here (现代 "modern", not Hyundai).
    boolean properNoun = Cedict.shared().contains(word) && !Cedict.shared().hasCommonSense(word);
    if ((nature.startsWith("ns") || nature.startsWith("nt")) && properNoun) {
      String english = senses.gloss(word, WordClass.PROPER);
      if (english != null && Character.isUpperCase(english.charAt(0))) {
        Entity.Type type = nature.startsWith("ns") ? Entity.Type.PLACE : Entity.Type.ORGANIZATION;
        return new Mention(offset, end, word, english, english, type, false);
      }
    }
    return null;
  }

  private Mention person(String name, int offset) {
    String english = names.chineseName(name);
    return new Mention(offset, offset + name.length(), name, english, english,
        Entity.Type.PERSON, false);
  }

  /**
   * A transliterated name: a place where the dictionary or the article says so ({@link
   * PlaceEvidence}: 苏拉威西 Sulawesi, 前往巴鲁 "to Palu"), else a person.
   */
  private Mention foreignNameOrPlace(String word, int offset, String article) {
    if (PlaceEvidence.inDictionary(word)) {
      String english = senses.gloss(word, WordClass.PROPER);
      if (english != null && Character.isUpperCase(english.charAt(0))) {
        return new Mention(offset, offset + word.length(), word, english, english,
            Entity.Type.PLACE, false);
      }
    }
    String english = names.foreignName(word);
    Entity.Type type =
        PlaceEvidence.inArticle(article, word) ? Entity.Type.PLACE : Entity.Type.PERSON;
    return new Mention(offset, offset + word.length(), word, english, english, type, false);
  }

  /**
   * True when a common word starts at {@code i} with a character that is not transliteration
   * (佩林提起: 提起 "mention" ends the name before 提).
   */
  static boolean startsWord(String text, int i) {
    return i + 1 < text.length() && TRANSLITERATION.indexOf(text.charAt(i + 1)) < 0
        && Cedict.shared().contains(text.substring(i, i + 2));
  }

  /** True when every character is one transliterations use (or a name dot). */
  static boolean isTransliteration(String word) {
    return word.chars().allMatch(c -> TRANSLITERATION.indexOf(c) >= 0
        || NameRomaniser.NAME_DOTS.indexOf(c) >= 0);
  }

  /** A "person" right before 市, 省, 州 or 县 is a place (巴鲁市 is the city of Palu). */
  private Mention placeBeforeSuffix(String text, Mention m) {
    boolean suffix = m.end() < text.length() && "市省州县".indexOf(text.charAt(m.end())) >= 0;
    if (!suffix || m.type() != Entity.Type.PERSON) {
      return m;
    }
    String english = names.foreignName(m.chinese());
    return new Mention(m.start(), m.end(), m.chinese(), english, english, Entity.Type.PLACE,
        false);
  }

  /**
   * A proposed name that is no common word, has a given name's shape, is not glued to the word or
   * number before it, and, when only two characters long (the easiest to propose wrongly), stands
   * where people do somewhere in the article ({@link NameEvidence}). One that lacks only that
   * cue goes to {@code uncued}.
   */
  private boolean plausibleChineseName(String word, String text, int offset, String article,
      List<Mention> uncued) {
    int surname = names.surnameOf(word).length();
    String given = word.substring(surname);
    // 张开 ("open"), 金额 ("amount"): a word either dictionary knows is no name here.
    boolean commonWord = Cedict.shared().hasCommonSense(word) || Hanlp.isDictionaryWord(word);
    // 连署信 (a petition letter) opens with the verb 连署 ("to co-sign"): a name only where the
    // text speaks of it as of a person. A noun there is common in names (王国强, 王国 "kingdom").
    String opening = word.substring(0, surname + 1);
    boolean opensWithVerb =
        Cedict.shared().hasCommonSense(opening) && senses.nounGloss(opening) == null;
    boolean nameForm = !commonWord && !RoleNames.isRole(given)
        && !NameEvidence.isFunctionPhrase(word)
        && given.chars().noneMatch(c -> NOT_IN_GIVEN_NAMES.indexOf(c) >= 0)
        && NameEvidence.hasNameShape(given) && NameEvidence.standsApart(text, offset)
        && !cutsAnIdiom(text, offset, word.length());
    if (nameForm && (word.length() > 2 && !opensWithVerb
        || NameEvidence.hasPersonCue(article, word))) {
      return true;
    }
    if (nameForm) {
      uncued.add(person(word, offset));
    }
    return false;
  }

  /** Four characters: the length of nearly every chengyu, which the segmenter may cut through. */
  private static final int IDIOM_LENGTH = 4;

  /**
   * True when the proposed name at {@code offset} lies partly inside a four-character dictionary
   * word of the text: 连战连胜 ("win battle after battle") gives no 战连胜 (Zhan Liansheng), 连战连捷
   * no 连战连. A name beside an idiom (王建国说，…一心一意) overlaps none.
   */
  private static boolean cutsAnIdiom(String text, int offset, int length) {
    int from = Math.max(0, offset - IDIOM_LENGTH + 1);
    int to = Math.min(offset + length - 1, text.length() - IDIOM_LENGTH);
    for (int start = from; start <= to; start++) {
      boolean sameSpan = start == offset && length == IDIOM_LENGTH;
      if (!sameSpan
          && Cedict.shared().hasCommonSense(text.substring(start, start + IDIOM_LENGTH))) {
        return true;
      }
    }
    return false;
  }

  /** True when no mention of {@code found} overlaps [{@code start}, {@code end}). */
  static boolean isFree(List<Mention> found, int start, int end) {
    return found.stream().noneMatch(m -> m.overlaps(start, end));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
