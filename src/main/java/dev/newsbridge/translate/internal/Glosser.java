package dev.newsbridge.translate.internal;

import static dev.newsbridge.translate.internal.EnglishAssembler.CLOSE_QUOTE;
import static dev.newsbridge.translate.internal.EnglishAssembler.OPEN_QUOTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glosses a token stream word by word, with the few structures a gloss must get right: 的 as a
 * possessive after names and pronouns and dropped elsewhere, 在 … 上/中/里 as one preposition,
 * measure words dropped after numbers with the counted noun made plural, Chinese punctuation
 * mapped to English. Unknown words are split into the longest dictionary words; characters no
 * dictionary knows are written in pinyin.
 */
final class Glosser {
  /** Chinese (and ASCII) punctuation and its English mark; quotes become attach markers. */
  static final Map<Integer, String> PUNCTUATION = Map.ofEntries(
      Map.entry((int) '，', ","), Map.entry((int) ',', ","), Map.entry((int) '、', ","),
      Map.entry((int) '。', "."), Map.entry((int) '.', "."), Map.entry((int) '！', "!"),
      Map.entry((int) '!', "!"), Map.entry((int) '？', "?"), Map.entry((int) '?', "?"),
      Map.entry((int) '：', ":"), Map.entry((int) ':', ":"), Map.entry((int) '；', ";"),
      Map.entry((int) ';', ";"), Map.entry((int) '“', OPEN_QUOTE),
      Map.entry((int) '”', CLOSE_QUOTE), Map.entry((int) '‘', OPEN_QUOTE),
      Map.entry((int) '’', CLOSE_QUOTE), Map.entry((int) '「', OPEN_QUOTE),
      Map.entry((int) '」', CLOSE_QUOTE), Map.entry((int) '『', OPEN_QUOTE),
      Map.entry((int) '』', CLOSE_QUOTE), Map.entry((int) '《', OPEN_QUOTE),
      Map.entry((int) '》', CLOSE_QUOTE), Map.entry((int) '（', "("), Map.entry((int) '(', "("),
      Map.entry((int) '）', ")"), Map.entry((int) ')', ")"), Map.entry((int) '【', "["),
      Map.entry((int) '】', "]"), Map.entry((int) '—', "—"), Map.entry((int) '…', "…"),
      Map.entry((int) '·', " "), Map.entry((int) '～', "~"), Map.entry((int) '"', "\""));
  private static final Map<String, String> POSTPOSITIONS = Map.of(
      "上", "on", "中", "in", "里", "in", "内", "within", "下", "under", "前", "before",
      "后", "after", "之间", "between", "之中", "in", "以来", "since");
  private static final Map<String, String> POSSESSIVES = Map.of(
      "he", "his", "she", "her", "it", "its", "they", "their", "we", "our", "I", "my",
      "you", "your");
  /** Words after which the next noun is plural: 这些问题 is "these issues". */
  private static final Set<String> PLURAL_MAKERS = Set.of("这些", "那些", "许多", "很多", "一些",
      "数百", "数千", "数十", "数万", "所有", "各");
  private static final Set<String> NO_PLURAL = Set.of("people", "news", "police", "staff",
      "information", "data", "equipment", "evidence", "research", "advice", "software",
      "progress", "knowledge", "traffic", "personnel", "feedback", "media", "public");
  private static final Set<String> PLURAL_SUBJECTS = Set.of("they", "we", "you", "these",
      "those", "people", "children", "men", "women");
  private static final Set<String> SINGULAR_S = Set.of("news", "this", "its", "his", "has", "was",
      "analysis", "crisis", "basis", "status", "bus", "campus", "virus", "thus", "plus");
  /** Titles Chinese writes after a name and English before it. */
  private static final Map<String, String> TITLES = Map.of("女士", "Ms", "先生", "Mr",
      "夫人", "Mrs", "博士", "Dr", "教授", "Professor", "小姐", "Ms");
  /** Verbs of saying that 据 already expresses. */
  private static final Set<String> REPORTING = Set.of("报道", "称", "说", "表示", "显示", "透露",
      "报告");
  private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday");
  /** Glosses that bring their own determiner ("that day", "this week"). */
  private static final java.util.regex.Pattern DETERMINED = java.util.regex.Pattern.compile(
      "(the|a|an|this|that|these|those|each|every|some|all|its|their|his|her|our|one) ");
  /** Verb glosses after which no article follows ("is", "did not"). */
  private static final Set<String> NO_ARTICLE_AFTER = Set.of("is", "not", "has", "become",
      "be", "was", "are", "did not", "had no", "cannot", "no", "were", "have");
  /** Prepositions after which a bare common noun gets "the". */
  private static final Set<String> ARTICLE_AFTER = Set.of("in", "on", "at", "of", "from", "to",
      "into", "with", "by", "for", "under", "over", "through", "during", "across", "within");
  /** Function-word glosses that agree with their subject already, never put in the past. */
  private static final Set<String> AGREEING = Set.of("is", "was", "has", "have", "be", "are");

  /** Words after which 被 reads "be" rather than "was" (将被 "will be"). */
  private static final Set<String> MODALS = Set.of("will", "can", "may", "should", "must",
      "would", "could", "to", "might");
  /** Adverbs of the perfect: 已经逮捕 is "has arrested". */
  private static final Set<String> PERFECT = Set.of("已经", "已");
  /** Words after which a verb is a past participle ("was arrested", "has arrested"). */
  private static final Set<String> PARTICIPLE_AFTER = Set.of("被", "已经", "已", "遭");
  /** Verbs whose sense after 被 is not their first: 被拐 is "was abducted", not "was turned". */
  private static final Map<String, String> PASSIVE_SENSES = Map.of("拐", "abduct");
  /** Degree adverbs before a predicate adjective. */
  private static final Set<String> DEGREE = Set.of("很", "非常", "更", "太", "十分", "相当",
      "比较", "特别", "更加", "极其", "较");
  private static final Set<String> CAUSATIVES = Set.of("使", "让", "令", "使得", "叫");
  /** Words that end a Chinese time clause and open the English one: 回国后， is "after ...,". */
  private static final Map<String, String> CLAUSE_OPENERS = Map.of("后", "after", "之后", "after",
      "以后", "after", "前", "before", "之前", "before", "以前", "before", "时", "when",
      "的时候", "when", "期间", "during");
  /** How far ahead 在 looks for its closing postposition. */
  private static final int PREPOSITION_REACH = 8;

  private final SenseChooser senses;
  private final FunctionWords functionWords;

  Glosser(SenseChooser senses, FunctionWords functionWords) {
    this.senses = senses;
    this.functionWords = functionWords;
  }

  List<String> render(List<Token> source) {
    List<Token> tokens = Constructions.apply(PlacePhrases.postpose(source));
    List<String> out = new ArrayList<>();
    boolean[] consumed = new boolean[tokens.size()];
    boolean plural = false;
    int clauseStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (consumed[i]) {
        continue;
      }
      switch (t.kind()) {
        case PUNCT -> {
          out.add(punctuation(t.text()));
          plural = false;
          clauseStart = out.size();
        }
        case NAME, OTHER_SCRIPT -> out.add(t.text());
        case LITERAL -> {
          out.add(t.text());
          plural = t.pluralNext();
        }
        case WORD -> {
          String opener = CLAUSE_OPENERS.get(t.text());
          if (opener != null && closesClause(tokens, i) && out.size() > clauseStart) {
            out.add(clauseStart, opener); // 认领儿童后， is "after claiming the child,"
          } else {
            plural = word(tokens, i, consumed, out, plural);
          }
        }
      }
    }
    return out;
  }

  /** Glosses the word at {@code i}; returns whether a plural is still pending. */
  private boolean word(List<Token> tokens, int i, boolean[] consumed, List<String> out,
      boolean plural) {
    Token t = tokens.get(i);
    if (t.text().equals("在") && t.nature().startsWith("p")) {
      boolean progressive = i + 1 < tokens.size() && tokens.get(i + 1).nature().startsWith("v");
      if (!progressive) {
        out.add(preposition(tokens, i, consumed));
      }
      return plural;
    }
    if (TITLES.containsKey(t.text()) && i > 0 && tokens.get(i - 1).kind() == Token.Kind.NAME
        && !out.isEmpty()) {
      out.add(out.size() - 1, TITLES.get(t.text())); // 戴维斯女士 is "Ms Davis"
      return plural;
    }
    if (t.text().equals("州") && i > 0 && (tokens.get(i - 1).kind() == Token.Kind.NAME
        || tokens.get(i - 1).nature().startsWith("ns"))) {
      return plural; // 宾夕法尼亚州: the state is named without "state"
    }
    if (t.text().equals("的")) {
      possessive(tokens, i, out);
      return plural;
    }
    WordClass wc = WordClass.of(t.nature());
    String gloss = functionWords.lookup(t.text(), t.nature());
    if (wc == WordClass.NOUN && !t.nature().startsWith("t") && afterPassive(tokens, i)) {
      // 被控制 "was controlled", 被警方调查: the tagger's noun is the passive's verb
      String verbGloss = functionWords.lookup(t.text(), "v");
      if (gloss != null && verbGloss != null && !verbGloss.equals(gloss)) {
        wc = WordClass.VERB;
        gloss = verbGloss;
      } else if (gloss == null && senses.hasVerbSense(t.text())) {
        wc = WordClass.VERB;
      }
    }
    if (DEGREE.contains(t.text()) && predicateAdjective(tokens, i, out)) {
      out.add(agreeing(out.get(out.size() - 1))); // 他们很高兴 is "they are happy"
    }
    if (t.text().equals("被") && gloss != null && !out.isEmpty()
        && MODALS.contains(out.get(out.size() - 1))) {
      gloss = "be";
    }
    if (t.text().equals("来说") && FunctionWords.DROP.equals(gloss) && !topicOpened(tokens, i)) {
      gloss = null; // 打电话来说 "called to say": dropped only after 对/对于 (对于民众来说, "for the public")
    }
    if (t.text().equals("最终") && nextIsNoun(tokens, i)) {
      gloss = "final"; // 最终比分 is "the final score"; 最终获胜 "finally won"
    }
    if (FunctionWords.DROP.equals(gloss)) {
      return plural;
    }
    if (t.text().equals("遭") && nextIsVerb(tokens, i)) {
      gloss = "was"; // 遭抵制 is "was boycotted", as 被 is; 遭车祸 "suffered a car accident"
    }
    if (t.text().equals("回应") && t.nature().equals("vn") && respondsAsVerb(tokens, i)) {
      if (i > 0 && tokens.get(i - 1).text().equals("对此") && !out.isEmpty()
          && out.get(out.size() - 1).equals("in response")) {
        out.set(out.size() - 1, "responded to this"); // 对此回应, not "in response responded"
        return false;
      }
      out.add(takesObject(tokens, i) ? "responded to" : "responded"); // 专家回应, 外交部回应此事
      return false;
    }
    if (t.text().equals("突发") && i + 1 < tokens.size()
        && tokens.get(i + 1).kind() == Token.Kind.PUNCT && (i == 0
            || tokens.get(i - 1).kind() == Token.Kind.PUNCT)) {
      gloss = "breaking"; // 突发！ opening a headline, not 突发心脏病
    }
    if (PASSIVE_SENSES.containsKey(t.text()) && i > 0 && tokens.get(i - 1).text().equals("被")) {
      gloss = PASSIVE_SENSES.get(t.text());
    }
    if (t.text().equals("后") && t.nature().startsWith("f") && afterSpan(tokens, i)) {
      gloss = "later"; // 他10天后回国 "he returned home 10 days later"
    }
    if (t.text().equals("官宣") && i > 0 && tokens.get(i - 1).nature().startsWith("p")) {
      gloss = "the official announcement"; // 从官宣结婚开始: after a preposition it is the noun
    }
    if (t.text().equals("没有") && nextIsNoun(tokens, i)) {
      gloss = "had no"; // 没有犯罪前科 is "had no criminal record", not "did not ..."
    }
    if ("is".equals(gloss) && !out.isEmpty()) {
      gloss = agreeing(out.get(out.size() - 1));
    } else if ("was".equals(gloss) && !out.isEmpty()) {
      gloss = agreeing(out.get(out.size() - 1)).equals("is") ? "was" : "were";
    } else if (PERFECT.contains(t.text()) && nextIsVerb(tokens, i)) {
      gloss = out.isEmpty() || agreeing(out.get(out.size() - 1)).equals("is") ? "has" : "have";
    }
    if (REPORTING.contains(t.text()) && reportedSource(tokens, i)) {
      return plural; // 据路透社报道: "according to Reuters", not "... reported"
    }
    if (gloss != null && WEEKDAYS.contains(gloss)) {
      dayPreposition(out);
    }
    if (gloss == null) {
      gloss = gloss(t.text(), wc);
      gloss = wc == WordClass.VERB ? tense(tokens, i, out, gloss) : gloss;
      gloss = t.nature().equals("ad") && (nextIsVerb(tokens, i) || afterPassive(tokens, i + 1))
          ? Inflector.adverb(gloss) : gloss; // 被严格控制 "was strictly controlled"
    } else if (wc == WordClass.VERB && !AGREEING.contains(gloss)) {
      gloss = tense(tokens, i, out, gloss); // 他主持了会议 "he hosted", as dictionary verbs are
    } else if (PLURAL_MAKERS.contains(t.text())) {
      out.add(gloss);
      return true;
    }
    if (wc == WordClass.NOUN && needsArticle(tokens, i, out, gloss)) {
      out.add("the");
    }
    if (plural && wc == WordClass.NOUN) {
      if (nextIsNoun(tokens, i)) {
        out.add(gloss); // 移民儿童: the head noun, last, takes the plural
        return true;
      }
      out.add(pluralise(gloss));
      return false;
    }
    out.add(gloss);
    return plural && wc == WordClass.ADJECTIVE;
  }

  /**
   * A verb after 被 is a past participle ("was arrested"); a verb followed by 了 or 过 is in the
   * past tense ("announced").
   */
  private static String tense(List<Token> tokens, int i, List<String> out, String gloss) {
    int before = beforeAdverbs(tokens, i);
    if (before >= 0 && PARTICIPLE_AFTER.contains(tokens.get(before).text()) && !out.isEmpty()) {
      return Inflector.participle(gloss);
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (next.text().equals("了") || (next.text().equals("过") && next.nature().startsWith("u"))) {
        return Inflector.past(gloss);
      }
    }
    return gloss;
  }

  /**
   * The index of the word before {@code i} and the adverbs (at most two) right before it, where a
   * 被 or 已经 stands (被迅速驱逐, 被严格控制); -1 for the first word.
   */
  private static int beforeAdverbs(List<Token> tokens, int i) {
    int before = i - 1;
    while (before > 0 && before >= i - 2 && (tokens.get(before).nature().startsWith("d")
        || tokens.get(before).nature().equals("ad"))
        && !PARTICIPLE_AFTER.contains(tokens.get(before).text())) {
      before--;
    }
    return before;
  }

  /** Whether a span of time (10天, 数天) ends right before {@code i}. */
  private static boolean afterSpan(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.kind() == Token.Kind.LITERAL ? NumberRules.endsInSpan(before.text())
        : before.nature().equals("q") && NumberRules.SPAN_PLURALS.containsKey(before.text());
  }

  /** Whether 被 comes right before the word at {@code i}, or before the adverbs that do (被严格控制). */
  private static boolean afterPassive(List<Token> tokens, int i) {
    return passiveAt(tokens, i) >= 0;
  }

  /** The index of the 被 that makes the word at {@code i} a participle, or -1. */
  private static int passiveAt(List<Token> tokens, int i) {
    if (i <= 0 || i >= tokens.size() || tokens.get(i).kind() != Token.Kind.WORD
        || !(tokens.get(i).nature().startsWith("v") || tokens.get(i).nature().startsWith("n"))) {
      return -1;
    }
    int before = beforeAdverbs(tokens, i);
    return tokens.get(before).text().equals("被") && tokens.get(before).kind() == Token.Kind.WORD
        ? before : -1;
  }

  /**
   * Whether the one-character verb at {@code i} is a passive with no subject before it, so the
   * phrase names what it happened to (找回2名被拐儿童 "recovered 2 abducted children"): no article.
   */
  private static boolean passiveModifier(List<Token> tokens, int i) {
    int bei = passiveAt(tokens, i);
    if (bei < 0 || tokens.get(i).text().length() > 1) {
      return false; // a one-character verb makes a compound (被拐儿童); 被转往监狱 keeps "the prison"
    }
    int s = bei - 1;
    while (s >= 0 && tokens.get(s).kind() == Token.Kind.WORD
        && tokens.get(s).nature().startsWith("d")) {
      s--; // 已被, 即将被: the subject stands before the adverbs
    }
    if (s < 0) {
      return true;
    }
    Token subject = tokens.get(s);
    return !(subject.kind() == Token.Kind.NAME || subject.kind() == Token.Kind.WORD
        && (subject.nature().startsWith("n") || subject.nature().startsWith("r")));
  }

  /** 是 agrees with the subject before it: "they are", "I am", else "is". */
  private static String agreeing(String subject) {
    if (subject.equals("I")) {
      return "am";
    }
    boolean plural = PLURAL_SUBJECTS.contains(subject)
        || (subject.endsWith("s") && !subject.endsWith("ss") && subject.length() > 3
            && Character.isLowerCase(subject.charAt(0)) && !SINGULAR_S.contains(subject));
    return plural ? "are" : "is";
  }

  /** 据 … 报道 opens the clause: the source is already introduced by "according to". */
  private static boolean reportedSource(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && tokens.get(j).kind() != Token.Kind.PUNCT; j--) {
      if (tokens.get(j).text().equals("据")) {
        return true;
      }
    }
    return false;
  }

  /** A weekday takes "on": 于周一 "on Monday", a clause opening 周五 "On Friday". */
  private static void dayPreposition(List<String> out) {
    String last = out.isEmpty() ? "." : out.get(out.size() - 1);
    if (last.equals("at") || last.equals("in")) {
      out.set(out.size() - 1, "on");
    } else if (last.equals(".") || last.equals(",") || last.equals(";")) {
      out.add("on");
    }
  }

  /**
   * A common noun right after a preposition or as the object of a verb takes "the" ("in the
   * court", "released the report"), the article Chinese does not write.
   */
  private static boolean needsArticle(List<Token> tokens, int i, List<String> out,
      String gloss) {
    if (gloss.isEmpty() || !Character.isLowerCase(gloss.charAt(0))
        || DETERMINED.matcher(gloss).lookingAt()) {
      return false;
    }
    if (out.isEmpty()) {
      return false;
    }
    String last = out.get(out.size() - 1);
    Token before = i > 0 ? tokens.get(i - 1) : null;
    boolean afterVerb = before != null && before.kind() == Token.Kind.WORD
        && WordClass.of(before.nature()) == WordClass.VERB && !NO_ARTICLE_AFTER.contains(last)
        && !MODALS.contains(last) && !passiveModifier(tokens, i - 1);
    // "unable to trust": after "to" a verbal noun reads as the verb it is
    boolean toVerb = last.equals("to") && tokens.get(i).nature().equals("vn");
    return (ARTICLE_AFTER.contains(last) && !toVerb) || afterVerb;
  }



  /** A degree adverb between a subject and an adjective: Chinese needs no copula there. */
  private static boolean predicateAdjective(List<Token> tokens, int i, List<String> out) {
    if (i == 0 || i + 1 >= tokens.size() || out.isEmpty()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    Token after = tokens.get(i + 1);
    boolean subject = before.kind() == Token.Kind.NAME || (before.kind() == Token.Kind.WORD
        && (before.nature().startsWith("n") || before.nature().startsWith("r"))
        && !before.nature().equals("vn"));
    for (int j = i - 2; j >= 0 && j >= i - 4; j--) {
      if (tokens.get(j).kind() == Token.Kind.PUNCT) {
        break;
      }
      if (CAUSATIVES.contains(tokens.get(j).text())) {
        return false; // 使这些儿童更难: "make these children harder", no copula
      }
    }
    return subject && after.kind() == Token.Kind.WORD && after.nature().startsWith("a")
        && !after.nature().equals("ad");
  }

  private static boolean closesClause(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.PUNCT
        && tokens.get(i + 1).text().matches("[，,]");
  }

  private static boolean nextIsVerb(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size() && j <= i + 2; j++) {
      Token next = tokens.get(j);
      if (next.kind() != Token.Kind.WORD) {
        return false;
      }
      if (next.nature().startsWith("v") && !next.nature().equals("vn")) {
        return true;
      }
      if (!next.nature().startsWith("d")) {
        return false;
      }
    }
    return false;
  }

  /** Whether 对 or 对于 opens the clause that ends at {@code i} (对于民众来说). */
  private static boolean topicOpened(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && tokens.get(j).kind() != Token.Kind.PUNCT; j--) {
      if (tokens.get(j).text().equals("对于") || tokens.get(j).text().equals("对")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verbal noun at {@code i} is the verb of its clause: after its subject, not after
   * an adjective, a verb, a particle, a determiner or a measure word (最新回应 "latest response",
   * 作出回应 "made a response", 有何回应); opening a clause, only with an object (回应来了 "the
   * response came").
   */
  private static boolean respondsAsVerb(List<Token> tokens, int i) {
    if (i == 0 || tokens.get(i - 1).kind() == Token.Kind.PUNCT) {
      return takesObject(tokens, i) && !nextIsVerb(tokens, i);
    }
    if (tokens.get(i - 1).kind() != Token.Kind.WORD) {
      return true;
    }
    String before = tokens.get(i - 1).nature();
    boolean determiner = before.startsWith("r") && !before.equals("rr");
    return !((before.startsWith("a") && !before.equals("ad")) || before.startsWith("v")
        || before.startsWith("m") || before.startsWith("q") || before.startsWith("u")
        || before.startsWith("b") || determiner);
  }

  /** Whether a word, a name or a quotation follows the verb at {@code i} in its clause. */
  private static boolean takesObject(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    if (next.kind() == Token.Kind.PUNCT) {
      return next.text().startsWith("“") || next.text().startsWith("\"")
          || next.text().startsWith("《");
    }
    return !next.text().equals("了") && !next.text().equals("称") && !next.text().equals("说")
        && !next.text().equals("表示");
  }

  private static boolean nextIsNoun(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.kind() == Token.Kind.WORD && WordClass.of(next.nature()) == WordClass.NOUN
        && !next.text().equals("的");
  }

  /** 在 … 上 is "on …", 在 … 中 is "in …"; a 在 without a postposition is "in". */
  private static String preposition(List<Token> tokens, int i, boolean[] consumed) {
    for (int j = i + 1; j < tokens.size() && j <= i + PREPOSITION_REACH; j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT || t.nature().startsWith("v")) {
        break;
      }
      String prep = POSTPOSITIONS.get(t.text());
      if (prep != null && t.nature().startsWith("f")) {
        consumed[j] = true;
        return prep;
      }
    }
    return "in";
  }

  /** 的 after a name is "'s", after a pronoun makes it possessive, elsewhere it is dropped. */
  private static void possessive(List<Token> tokens, int i, List<String> out) {
    if (i == 0 || out.isEmpty()) {
      return;
    }
    Token before = tokens.get(i - 1);
    String last = out.get(out.size() - 1);
    boolean titledName = TITLES.containsKey(before.text()) && i > 1
        && tokens.get(i - 2).kind() == Token.Kind.NAME;
    if (before.kind() == Token.Kind.NAME || titledName) {
      out.add("'s");
    } else if (before.nature().startsWith("r") && POSSESSIVES.containsKey(last)) {
      out.set(out.size() - 1, POSSESSIVES.get(last));
    }
  }

  private String gloss(String word, WordClass wc) {
    String gloss = senses.gloss(word, wc);
    if (gloss != null) {
      return gloss;
    }
    return split(word);
  }

  /**
   * A word no dictionary sense covers: longest dictionary words left to right, else pinyin; the
   * last read as the noun it is where the function words give one.
   */
  private String split(String word) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < word.length()) {
      int end = pieceEnd(word, i);
      String gloss = end > i ? pieceGloss(word.substring(i, end)) : null;
      String head = end == word.length() && end > i
          ? functionWords.lookup(word.substring(i, end), "ng") : null;
      // the last piece is the compound's head, a noun morpheme (ng): 观测 + 点 an observation
      // point, not a tap; 车 + 市 a car market, where 市 alone is the city
      gloss = head != null && !head.isEmpty() ? head : gloss;
      if (gloss == null) {
        end = i + 1;
        gloss = NameRomaniser.syllables(word.substring(i, end));
      }
      if (!gloss.isEmpty()) {
        parts.add(gloss);
      }
      i = end;
    }
    return String.join(" ", parts);
  }

  /**
   * The end of the longest dictionary word of {@code word} at {@code i} (never the whole word),
   * or {@code i} when none starts there. A two-character word CC-CEDICT knows only as a name gives
   * way to a common word that starts on its second character and runs past it: the characters of
   * an unknown word are read as words, not brands (好时机 is 好 + 时机 "good opportunity", not
   * Hershey's and a machine; 西海岸 is the west coast, not the Yellow Sea's).
   */
  private int pieceEnd(String word, int i) {
    for (int end = Math.min(word.length(), i + 8); end > i; end--) {
      if (end - i < word.length() && pieceGloss(word.substring(i, end)) != null) {
        boolean givesWay = end - i == 2 && senses.namesOnly(word.substring(i, end))
            && commonWordFrom(word, i + 1, end) && pieceGloss(word.substring(i, i + 1)) != null;
        return givesWay ? i + 1 : end;
      }
    }
    return i;
  }

  /** Whether a common dictionary word starts at {@code k} of {@code word} and runs past {@code end}. */
  private boolean commonWordFrom(String word, int k, int end) {
    for (int to = Math.min(word.length(), k + 8); to > end; to--) {
      if (senses.hasCommonSense(word.substring(k, to))) {
        return true;
      }
    }
    return false;
  }

  private String pieceGloss(String piece) {
    String gloss = functionWords.lookup(piece, "");
    return gloss != null ? gloss : senses.gloss(piece, WordClass.OTHER);
  }

  private static String punctuation(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(PUNCTUATION.getOrDefault(c, Character.toString(c))));
    String s = out.toString();
    return s.equals("——") || s.equals("—") ? "—" : s.equals("……") ? "…" : s;
  }

  static String pluralise(String gloss) {
    int space = gloss.lastIndexOf(' ');
    String head = gloss.substring(0, space + 1);
    String last = gloss.substring(space + 1);
    String irregular = Inflector.irregularPlural(last);
    if (irregular != null) {
      return head + irregular;
    }
    if (last.isEmpty() || NO_PLURAL.contains(last) || last.endsWith("s")
        || Character.isUpperCase(last.charAt(0))) {
      return gloss;
    }
    if (last.matches(".*(x|z|ch|sh)")) {
      return head + last + "es";
    }
    if (last.matches(".*[^aeiou]y")) {
      return head + last.substring(0, last.length() - 1) + "ies";
    }
    return head + last + "s";
  }
}
