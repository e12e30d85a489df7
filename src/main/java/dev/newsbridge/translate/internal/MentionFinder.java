package dev.newsbridge.translate.internal;

import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in one raw Chinese text, in passes that never overlap, each taking what the ones
 * before it left: people named by surname only ({@link AnonymousPeople}), glossary headwords
 * (matched on the raw characters, so 苏茨克维和 still yields 苏茨克维), dotted transliterated names
 * (马修·阿尔宾塞), undotted ones ({@link TransliterationRuns}), names after roles ({@link
 * RoleNames}), then HanLP's people, places and organisations ({@link RecognisedNames}); a place's
 * 市, 区 or 县 is then read as the kind of place it names ({@link PlaceSuffixes}).
 */
public final class MentionFinder {
  /** The longest part of a dotted name taken from a run of transliteration characters. */
  static final int MAX_NAME_PART = 6;
  /** How many characters a dotted name may reach past its table edge to a Latin original. */
  static final int ORIGINAL_REACH = 3;
  /** The longest Japanese name looked up in the dictionary (鸠山由纪夫, 小泉纯一郎). */
  static final int MAX_JAPANESE_NAME = 5;

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

  private final Glossary glossary;
  private final NameRomaniser names;
  private final TransliterationRuns runs;
  private final RecognisedNames recognised;
  private final MinisterTitles ministers;
  private final MinisterNames ministerNames;

  public MentionFinder(Glossary glossary, NameRomaniser names, SenseChooser senses) {
    this.glossary = glossary;
    this.names = names;
    this.ministers = new MinisterTitles(glossary, senses);
    this.ministerNames = new MinisterNames(names);
    this.runs = new TransliterationRuns(names);
    this.recognised = new RecognisedNames(names, senses);
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
    found.replaceAll(m -> readAsKorean(m, article));
    placeAliases(text, found, aliases);
    found.replaceAll(m -> withParenthetical(text, m));
    found.sort(Comparator.comparingInt(Mention::start));
    List<Mention> fitted = withPlacesTheirNamesHold(text, PlaceSuffixes.fit(text, found));
    fitted.replaceAll(m -> NamesBeforeTheirKind.paperNamedFor(m, text));
    return fitted;
  }

  /**
   * A person read as Chinese whom the article says is Korean ({@link KoreanEvidence}), read in
   * Korean instead ({@link KoreanNames}); glossary people and people named by a surname and a
   * title keep the names they were given.
   */
  private Mention readAsKorean(Mention m, String article) {
    if (m.type() != Entity.Type.PERSON || m.glossary()
        || !m.english().equals(names.chineseName(m.chinese()))
        || names.isJapanesePerson(m.chinese())) {
      return m;
    }
    KoreanEvidence.Korea korea = KoreanEvidence.of(article, m.chinese());
    String korean = KoreanNames.bundled().person(m.chinese(), korea);
    return korean == null ? m : new Mention(m.start(), m.end(), m.chinese(), korean, korean,
        m.type(), false);
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
    // Korea's listed places before the glossary, which has 海南 (Hainan) inside 黄海南道; a
    // glossary word that holds a place whole (a user's 江原道 "Gangwon State") still wins.
    List<Mention> korean = new ArrayList<>();
    KoreanPlaces.bundled().find(text, article, korean);
    found.addAll(korean.stream().filter(m -> isFree(found, m.start(), m.end())).toList());
    for (Glossary.Hit hit : glossary.find(text)) {
      GlossaryEntry e = glossary.resolve(hit.chinese(), article);
      if (e != null) {
        found.removeIf(m -> korean.contains(m) && m.start() >= hit.start() && m.end() <= hit.end());
      }
      if (e != null && isFree(found, hit.start(), hit.end())) {
        found.add(new Mention(hit.start(), hit.end(), hit.chinese(), e.english(), e.shortForm(),
            e.type(), true));
      }
    }
    Datelines.findPlace(text, found);
    findJapanesePeople(text, found);
    JapaneseNames.bundled().find(text, article, found);
    findDottedNames(text, found);
    runs.find(text, article, found);
    List<Mention> before = List.copyOf(found);
    ministers.find(text, found);
    ministerNames.find(text, article,
        found.stream().filter(m -> !before.contains(m)).toList(), found);
    KoreanCounties.find(text, article, found);
    findNamesAfterRoles(text, found);
    recognised.find(text, article, found);
    return found;
  }

  /**
   * Japanese people CC-CEDICT glosses ({@link NameRomaniser#isJapanesePerson}), whose names HanLP
   * cuts as Chinese ones (滨田靖一 as 田靖一) or glosses word by word.
   */
  private void findJapanesePeople(String text, List<Mention> found) {
    for (int start = 0; start < text.length(); start++) {
      for (int end = Math.min(text.length(), start + MAX_JAPANESE_NAME); end >= start + 3;
          end--) {
        String word = text.substring(start, end);
        if (names.isJapanesePerson(word) && isFree(found, start, end)
            && KnownNames.standsApart(text, start, end)) {
          String english = names.chineseName(word);
          found.add(new Mention(start, end, word, english, lastWord(english),
              Entity.Type.PERSON, false));
          start = end - 1;
          break;
        }
      }
    }
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
        && inside.get(0).end() == end && inside.get(0).start() >= start) {
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
      if (names.isGivenName(text.substring(dot - len, dot))
          && !continuesTransliteration(text, dot - len, found)) {
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

  /**
   * True when a transliteration character stands right before {@code at}: a given name found there
   * is the end of a longer one (米特 of 埃米特 Emmett, 尼克 of 多米尼克 Dominic), not a name's start.
   */
  private static boolean continuesTransliteration(String text, int at, List<Mention> found) {
    return at > 0 && TRANSLITERATION.indexOf(text.charAt(at - 1)) >= 0 && isFree(found, at - 1, at);
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

  /** True when no mention of {@code found} overlaps [{@code start}, {@code end}). */
  static boolean isFree(List<Mention> found, int start, int end) {
    return found.stream().noneMatch(m -> m.overlaps(start, end));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
