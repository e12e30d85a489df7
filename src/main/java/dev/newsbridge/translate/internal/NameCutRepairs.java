package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Mends the ways HanLP's recogniser cuts Chinese names: one given-name character short (诸葛明 +
 * 辉), a role word's last character taken as the surname (快递员高建军 gives 员高 + 建军), the
 * word before or the function word after glued on (有 + 关徐翔, 徐翔并), the preposition 于 read
 * as the surname 于 (惊讶 + 于张庭).
 */
final class NameCutRepairs {
  private final NameRomaniser names;

  NameCutRepairs(NameRomaniser names) {
    this.names = names;
  }

  /**
   * {@code terms} with the names HanLP cut wrongly cut again, the rest as they were; {@code
   * article} is the whole text, where a name may stand without what HanLP glued to it here.
   */
  List<Term> repair(List<Term> terms, String article) {
    List<Term> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      Term next = i + 1 < terms.size() ? terms.get(i + 1) : null;
      if (closesWordBefore(out, t)) {
        out.add(new Term(t.word.substring(0, 1), Nature.ng)); // 有 + 关徐翔: 有关 ("about") 徐翔
        out.add(new Term(t.word.substring(1), Nature.nr));
      } else if (opensWithPreposition(out, t, article)) {
        out.add(new Term(t.word.substring(0, 1), Nature.p)); // 惊讶 + 于张庭: 于 ("at") 张庭
        out.add(new Term(t.word.substring(1), Nature.nr));
      } else if (endsInFunctionWord(t)) {
        out.add(new Term(t.word.substring(0, 2), Nature.nr)); // 徐翔 + 并没有 ("not at all")
        out.add(new Term(t.word.substring(2), Nature.d));
      } else if (!t.nature.toString().equals("nr") || next == null || !givenNamePart(next.word)) {
        out.add(t);
      } else {
        i += joinGivenNamePart(terms, i, out);
      }
    }
    return out;
  }

  /**
   * Adds the name at {@code i} with the given-name part after it where HanLP cut the two apart,
   * else the name alone; returns how many terms after {@code i} it took.
   */
  private int joinGivenNamePart(List<Term> terms, int i, List<Term> out) {
    String word = terms.get(i).word;
    Term next = terms.get(i + 1);
    Term third = i + 2 < terms.size() ? terms.get(i + 2) : null;
    if (word.length() >= 2 && NameEvidence.GLUED_ROLE_ENDS.indexOf(word.charAt(0)) >= 0
        && names.surnameOf(word.substring(1) + next.word) != null
        && word.length() - 1 + next.word.length() <= 3) {
      out.add(new Term(word.substring(0, 1), Nature.ng));
      String name = word.substring(1) + next.word;
      if (name.length() == 2 && third != null && third.word.length() == 1
          && givenNamePart(third.word)) {
        out.add(new Term(name + third.word, Nature.nr)); // 监测员吴秀兰 gives 员吴 + 秀 + 兰
        return 2;
      }
      out.add(new Term(name, Nature.nr));
      return 1;
    }
    if (names.surnameOf(word) != null
        && word.length() == names.surnameOf(word).length() + 1 && next.word.length() == 1
        && closesGivenName(next, third)) {
      out.add(new Term(word + next.word, Nature.nr));
      return 1;
    }
    out.add(terms.get(i));
    return 0;
  }

  /**
   * True when a three-character "name" opens with the character that closes a word begun by the
   * one-character term before it (有 + 关徐翔: 有关 "about"), and the rest is a name.
   */
  private boolean closesWordBefore(List<Term> before, Term t) {
    if (before.isEmpty() || !threeCharacterName(t)) {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return last.length() == 1 && Cedict.shared().hasCommonSense(last + t.word.charAt(0))
        && names.surnameOf(t.word.substring(1)) != null;
  }

  /**
   * True when a three-character "name" is 于 after a verb or adjective (惊讶于 "surprised at",
   * 同等于 "equal to") and a two-character name the article also writes without 于 (张庭 in
   * 惊讶于张庭). 于 is a common surname too: 支持于文斌 keeps it where 文斌 never stands alone.
   */
  private boolean opensWithPreposition(List<Term> before, Term t, String article) {
    if (before.isEmpty() || !threeCharacterName(t) || t.word.charAt(0) != '于'
        || !closedByPreposition(before.get(before.size() - 1))) {
      return false;
    }
    String rest = t.word.substring(1);
    return names.surnameOf(rest) != null && standsWithoutYu(article, rest);
  }

  /** True for a verb, adjective or distinguishing word that 于 may follow; not 是 or 有. */
  private static boolean closedByPreposition(Term word) {
    String nature = word.nature.toString();
    return nature.startsWith("a") || nature.startsWith("b")
        || nature.startsWith("v") && !nature.equals("vshi") && !nature.equals("vyou");
  }

  /** True when {@code name} stands somewhere in {@code article} with no 于 right before it. */
  private static boolean standsWithoutYu(String article, String name) {
    for (int i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + 1)) {
      if (i == 0 || article.charAt(i - 1) != '于') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a three-character "name" ends in a function word that follows a two-character name
   * (徐翔并没有: 并 "not at all"), which no given name holds.
   */
  private boolean endsInFunctionWord(Term t) {
    return threeCharacterName(t)
        && NameEvidence.NOT_IN_GIVEN_NAMES.indexOf(t.word.charAt(2)) >= 0
        && names.looksChinese(t.word.substring(0, 2));
  }

  /**
   * True when {@code part}, one character after a two-character name, ends that name, judged by
   * its class and by what follows it ({@code after}, null at the end). A verb or an adverb after a
   * name opens what is said of it (申聪 + 丢 + 了, 张庭 + 刚 + 解封 "just released") unless the name
   * clearly ends there: after a verb, punctuation, an adverb, a preposition, a conjunction or a
   * verb of saying follows (李小 + 加 + 也, 付毅 + 飞 + ）, 李小 + 加 + 说); after an adverb, only
   * the clause's end, since an adverb leads into a verb, a preposition or another adverb (胡磊 + 则
   * + 认为 "Hu Lei, for his part, believes", 乐嘉 + 则 + 在). Any other part ends the name.
   */
  private static boolean closesGivenName(Term part, Term after) {
    String nature = part.nature.toString();
    if (nature.startsWith("d")) {
      return after == null || after.nature.toString().startsWith("w");
    }
    if (!nature.startsWith("v")) {
      return true;
    }
    return after == null || "wdpc".indexOf(after.nature.toString().charAt(0)) >= 0
        || NameEvidence.SPEECH_VERBS.contains(after.word);
  }

  /** A three-character term HanLP tagged a Chinese personal name: where its cuts go wrong. */
  private static boolean threeCharacterName(Term t) {
    return t.nature.toString().equals("nr") && t.word.length() == 3;
  }

  private static boolean givenNamePart(String word) {
    return word.length() <= 2 && word.codePoints().allMatch(Character::isIdeographic)
        && word.chars().noneMatch(c -> NameEvidence.NOT_IN_GIVEN_NAMES.indexOf(c) >= 0);
  }
}
