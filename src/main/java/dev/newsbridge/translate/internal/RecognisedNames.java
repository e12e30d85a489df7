package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The names HanLP finds in the gaps the other finders left: people its recognisers propose (nr,
 * nrf), once {@link NameCutRepairs} has mended how it cut them and {@link NameEvidence} has judged
 * them, institutions ({@link NamesBeforeTheirKind}), and the dictionary's places and organisations
 * (ns, nt). A Chinese name that lacks a person cue is still taken when it is paired with a person
 * ({@link PairedNames}: 张兰 in 汪小菲和张兰).
 */
final class RecognisedNames {
  /** Plain nouns that, before a ministry's name, still mean the national body (国家教育部). */
  private static final Set<String> NATIONAL_WORDS =
      Set.of("国家", "中央", "联邦", "政府", "国务院", "全国", "我国", "本国");
  /** Four characters: the length of nearly every chengyu, which the segmenter may cut through. */
  private static final int IDIOM_LENGTH = 4;

  private final NameRomaniser names;
  private final SenseChooser senses;
  private final NameCutRepairs repairs;

  RecognisedNames(NameRomaniser names, SenseChooser senses) {
    this.names = names;
    this.senses = senses;
    this.repairs = new NameCutRepairs(names);
  }

  /** Adds the names HanLP finds where no mention of {@code found} stands yet. */
  void find(String text, String article, List<Mention> found) {
    List<Mention> known = new ArrayList<>(found);
    known.sort(Comparator.comparingInt(Mention::start));
    List<Mention> uncued = new ArrayList<>();
    int gapStart = 0;
    for (Mention k : known) {
      findInGap(text, article, gapStart, k.start(), found, uncued);
      gapStart = k.end();
    }
    findInGap(text, article, gapStart, text.length(), found, uncued);
    found.addAll(PairedNames.find(text, article, found, uncued, names));
  }

  private void findInGap(String text, String article, int from, int to, List<Mention> found,
      List<Mention> uncued) {
    if (to - from < 2) {
      return;
    }
    int offset = from;
    List<Term> terms = NamesBeforeTheirKind.withSmallPlacesApart(
        repairs.repair(Hanlp.withNames(text.substring(from, to)), article));
    boolean afterName = continuesName(found, from);
    for (int i = 0; i < terms.size(); i++) {
      int nameWords = i == 0 && afterName ? 0 : NamesBeforeTheirKind.nameWords(terms, i);
      if (nameWords > 0) {
        Mention m = NamesBeforeTheirKind.mention(terms, i, nameWords, offset);
        found.add(m);
        offset += m.end() - m.start();
        i += nameWords;
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
   * True when a name other than a place's ends at {@code from}: what follows it continues it
   * (万达 of 万达商管集团, Wanda's commercial management group, is no 商管 group after Wanda).
   */
  private static boolean continuesName(List<Mention> found, int from) {
    return found.stream()
        .anyMatch(m -> m.end() == from && m.type() != null && m.type() != Entity.Type.PLACE);
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
    if (word.length() < 2 || !word.codePoints().allMatch(Character::isIdeographic)) {
      return null;
    }
    if (nature.equals("nr") && word.length() == 3 && "案处".indexOf(word.charAt(2)) >= 0
        && names.looksChinese(word.substring(0, 2))) {
      // 申聪案 is the Shen Cong case, 从胡磊处 "from Hu Lei('s place)": the person's name, then 案
      // or 处 for the engine. Left without a cue, 申聪案 is no name for PairedNames to pair.
      return hasNameForm(word, text, offset, article) && needsNoPartner(word, article)
          ? person(word.substring(0, 2), offset) : null;
    }
    if (nature.equals("nr") && names.looksChinese(word)) {
      return chineseName(word, offset, text, article, uncued);
    }
    if ((nature.equals("nr") || nature.equals("nrf")) && MentionFinder.isTransliteration(word)) {
      // after a number a transliteration is a unit (6马赫, Mach 6), no person
      return NameEvidence.followsNumber(text, offset) ? null
          : foreignNameOrPlace(word, offset, article);
    }
    // A word with a common sense is that word here (现代 "modern", not Hyundai).
    boolean properNoun = Cedict.shared().contains(word) && !Cedict.shared().hasCommonSense(word);
    if ((nature.startsWith("ns") || nature.startsWith("nt")) && properNoun) {
      String english = senses.gloss(word, WordClass.PROPER);
      if (english != null && Character.isUpperCase(english.charAt(0))) {
        Entity.Type type = nature.startsWith("ns") ? Entity.Type.PLACE : Entity.Type.ORGANIZATION;
        return new Mention(offset, offset + word.length(), word, english, english, type,
            false);
      }
    }
    return null;
  }

  /**
   * A Chinese name HanLP proposed: a surname and title (刘女士), or one that has a name's form and
   * needs no partner, or null; one that lacks only the partner goes to {@code uncued}.
   */
  private Mention chineseName(String word, int offset, String text, String article,
      List<Mention> uncued) {
    String titled = NameEvidence.honorific(word, names);
    if (titled != null) {
      return new Mention(offset, offset + word.length(), word, titled, titled,
          Entity.Type.PERSON, false);
    }
    if (!hasNameForm(word, text, offset, article)) {
      return null;
    }
    if (needsNoPartner(word, article)) {
      return person(word, offset);
    }
    uncued.add(person(word, offset));
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
   * True when a proposed name is no common word, no country's abbreviation ({@link
   * NameEvidence#isCountryAbbreviation}), verb phrase nor news word and the character after it
   * (官宣新), has a given name's shape and is not glued to the word or number before it.
   */
  private boolean hasNameForm(String word, String text, int offset, String article) {
    String given = word.substring(names.surnameOf(word).length());
    if (NameEvidence.isCountryAbbreviation(article, word) || isVerbPhrase(word, given)
        || opensWithFunctionWord(word)) {
      return false;
    }
    // 张开 ("open"), 金额 ("amount"): a word either dictionary knows is no name here.
    boolean commonWord = Cedict.shared().hasCommonSense(word) || Hanlp.isDictionaryWord(word);
    return !commonWord && !RoleNames.isRole(given)
        && !NameEvidence.isFunctionPhrase(word)
        && given.chars().noneMatch(c -> NameEvidence.NOT_IN_GIVEN_NAMES.indexOf(c) >= 0)
        && NameEvidence.hasNameShape(given) && NameEvidence.standsApart(text, offset)
        && !cutsAnIdiom(text, offset, word.length());
  }

  /**
   * True when the "surname" is a preposition or verb ({@link NameEvidence#VERB_SURNAMES}) and the
   * given name a word the dictionary glosses as a noun or a place: 向国民 "to the people", 向东海
   * "towards the East Sea", 戴珍珠 "wear pearls". 向志强 keeps its surname.
   */
  private boolean isVerbPhrase(String word, String given) {
    return word.length() == 3 && NameEvidence.VERB_SURNAMES.indexOf(word.charAt(0)) >= 0
        && senses.nounGloss(given) != null;
  }

  /**
   * True when a three-character name opens with a word whose reading the engine fixes (官宣
   * "officially announced" + 新 "new" is no Guan Xuanxin): the function words list the news words
   * the dictionary lacks or misreads, never a surname and the start of a given name.
   */
  private static boolean opensWithFunctionWord(String word) {
    return word.length() == 3 && FunctionWords.shared().lists(word.substring(0, 2));
  }

  /**
   * True when a name of the right form is taken without a person beside it ({@link PairedNames}):
   * three characters that open with no verb, or any length that stands where people do somewhere
   * in the article ({@link NameEvidence}). Two characters are the easiest to propose wrongly.
   */
  private boolean needsNoPartner(String word, String article) {
    return word.length() > 2 && !opensWithVerb(word) || NameEvidence.hasPersonCue(article, word);
  }

  /**
   * True when the surname and the next character make a verb: 连署信 (a petition letter) opens
   * with 连署 ("to co-sign"), a name only where the text speaks of it as of a person. A noun there
   * is common in names (王国强, 王国 "kingdom").
   */
  private boolean opensWithVerb(String word) {
    String opening = word.substring(0, names.surnameOf(word).length() + 1);
    return Cedict.shared().hasCommonSense(opening) && senses.nounGloss(opening) == null;
  }

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
}
