package dev.newsbridge.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a token stream before glossing, for Chinese constructions whose English differs in
 * order or in words: 被 with an agent (被警方逮捕 is "was arrested by the police"), the dummy verb
 * 进行 before a verbal noun (进行调查 is "investigate"), 到 as a verb complement (转移到 is
 * "moved to"), 该 before a verb ("should", not "the"), 港 after a name, its port (釜山港 "Busan
 * port", not "Busan harbor"), and 首 before a measure word, "first" (首条航线 "first route", not
 * "head strip"). Everything else passes through unchanged.
 */
final class Constructions {
  /** The longest agent 被 may carry before its verb, in tokens. */
  static final int AGENT_REACH = 4;

  /** Dummy verbs whose verbal-noun object carries the meaning. */
  private static final Set<String> DUMMY_VERBS = Set.of("进行", "加以", "予以");

  /** 去 and 来 before a verb mark its purpose. */
  private static final Set<String> MOTION_BEFORE_VERB = Set.of("去", "来");

  private Constructions() {}

  static List<Token> apply(List<Token> in) {
    List<Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      if (t.kind() != Token.Kind.WORD) {
        out.add(t);
      } else if (DUMMY_VERBS.contains(t.text()) && isNature(in, i + 1, "vn")) {
        Token object = in.get(i + 1);
        out.add(new Token(object.text(), "v", Token.Kind.WORD, false));
        i++;
      } else if (t.text().equals("到") && t.nature().startsWith("v") && isNature(in, i - 1, "v")
          && !in.get(i - 1).nature().equals("vn")) {
        out.add(new Token("to", "p", Token.Kind.LITERAL, false));
      } else if (t.text().equals("而") && i + 1 < in.size() && in.get(i + 1).text().equals("不是")) {
        out.add(new Token("rather than", "c", Token.Kind.LITERAL, false));
        i++;
      } else if (MOTION_BEFORE_VERB.contains(t.text()) && t.nature().startsWith("v")
          && isNature(in, i + 1, "v") && !in.get(i + 1).nature().equals("vn")) {
        out.add(new Token("to", "p", Token.Kind.LITERAL, false)); // 去寻找 is "to seek"
      } else if (t.text().equals("前") && formerTitle(in, i)) {
        out.add(new Token("former", "b", Token.Kind.LITERAL, false)); // 前财政部长
      } else if (ofPhrase(in, i)) {
        out.add(in.get(i + 2));
        out.add(new Token("of", "p", Token.Kind.LITERAL, false));
        out.add(t);
        i += 2;
      } else if (t.text().equals("该") && isMeasureWord(in, i + 1)) {
        out.add(new Token("the", "rz", Token.Kind.LITERAL, false)); // 该名男子: the man
        i++;
      } else if (t.text().equals("该") && isModal(in, i)) {
        out.add(new Token("should", "v", Token.Kind.LITERAL, false)); // 你该走了, not 该公司
      } else if (t.text().equals("极大") && isPeak(in, i)) {
        boolean period = i + 1 < in.size() && in.get(i + 1).text().equals("期");
        out.add(new Token(period ? "peak period" : "peak", "n", Token.Kind.LITERAL, false));
        i += period ? 1 : 0; // 流星雨迎来极大 "the meteor shower sees its peak", 极大期
      } else if (t.text().equals("港") && i > 0 && in.get(i - 1).kind() == Token.Kind.NAME) {
        out.add(new Token("port", "n", Token.Kind.LITERAL, false)); // 釜山港, not "Busan harbor"
      } else if (t.text().equals("首") && isMeasureWord(in, i + 1) && !isNature(in, i - 1, "m")
          && !(i > 0 && in.get(i - 1).kind() == Token.Kind.LITERAL)) {
        String span = FIRST_SPANS.get(in.get(i + 1).text());
        String first = span != null && in.get(i + 1).nature().equals("qt") ? "first " + span : "first";
        out.add(new Token(first, "b", Token.Kind.LITERAL, false)); // 首条航线, not "head strip"
        i++;
      } else if (isFirstOfKind(t)) {
        out.add(new Token("first", "b", Token.Kind.LITERAL, false)); // 首架 as one word
      } else if (t.text().equals("被")) {
        i = passive(in, i, out);
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * 该 before a verb, an adverb, a preposition or a question word is "should" (你该走了, 该由谁负责,
   * 该怎么办); before a noun it is "the" (该公司, the function words' reading).
   */
  private static boolean isModal(List<Token> in, int i) {
    return isNature(in, i + 1, "v") && !in.get(i + 1).nature().equals("vn")
        || isNature(in, i + 1, "d") || isNature(in, i + 1, "p") || isNature(in, i + 1, "ry");
  }

  /** Verbs whose object 极大 is the noun, the maximum of a meteor shower: 迎来极大, 达到极大. */
  private static final Set<String> REACHING = Set.of("迎来", "达到", "进入");

  /**
   * 极大 is the noun "maximum", a peak, before 期 (极大期, the peak period) or as the object of a
   * verb of reaching with no noun after it (迎来极大, 迎来极大于14日); elsewhere it is the
   * adjective (难度极大, 极大期待, 迎来极大的挑战).
   */
  private static boolean isPeak(List<Token> in, int i) {
    boolean reached = i > 0 && REACHING.contains(in.get(i - 1).text());
    boolean modifies = isNature(in, i + 1, "n") || isNature(in, i + 1, "v")
        || isNature(in, i + 1, "u");
    return i + 1 < in.size() && in.get(i + 1).text().equals("期") || reached && !modifies;
  }

  /** Measure words 该 takes before a noun (该起事故), which the tagger may read as verbs (起). */
  private static final Set<String> MEASURE_WORDS =
      Set.of("名", "起", "批", "款", "项", "位", "宗", "件", "条", "辆", "架", "艘");

  private static boolean isMeasureWord(List<Token> in, int i) {
    return isNature(in, i, "")
        && (MEASURE_WORDS.contains(in.get(i).text()) || in.get(i).nature().startsWith("q"));
  }

  /** Measure words 首 counts the first of, glued to it in a word no dictionary lists (首架, 首座). */
  private static final String FIRST_OF = "条架座台辆艘只个家款批位部次趟列轮场届周站笔例项件名颗枚栋所";

  /** Spans of time 首 counts the first of (首周 "first week"): they stay in English. */
  private static final java.util.Map<String, String> FIRST_SPANS =
      java.util.Map.of("周", "week", "日", "day", "天", "day", "月", "month", "年", "year");

  /** A word of 首 and a measure word that no dictionary lists: "first" (首架飞机, 首座大桥). */
  private static boolean isFirstOfKind(Token t) {
    String w = t.text();
    return t.kind() == Token.Kind.WORD && w.length() == 2 && w.charAt(0) == '首'
        && FIRST_OF.indexOf(w.charAt(1)) >= 0 && !Cedict.shared().contains(w);
  }

  /** 被 + agent + verb becomes 被 + verb + "by" + agent; returns the last index consumed. */
  private static int passive(List<Token> in, int i, List<Token> out) {
    out.add(in.get(i));
    int verb = -1;
    for (int j = i + 1; j < in.size() && j <= i + AGENT_REACH + 1; j++) {
      Token t = in.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        break;
      }
      if (t.kind() == Token.Kind.WORD && t.nature().startsWith("v")
          && (!t.nature().equals("vn") || j > i + 1)) {
        verb = j; // after an agent a verbal noun is the verb: 被警方控制 "was controlled by police"
        break;
      }
      if (!isAgent(t)) {
        break;
      }
    }
    if (verb <= i + 1) {
      return i;
    }
    out.add(in.get(verb));
    out.add(new Token("by", "p", Token.Kind.LITERAL, false));
    out.addAll(in.subList(i + 1, verb));
    return verb;
  }

  /**
   * A noun 的 noun with nothing nounlike around it (该活动的目的) reads "purpose of the event"; longer
   * chains keep the Chinese order, which English compounds tolerate better than a wrong regrouping.
   */
  private static boolean ofPhrase(List<Token> in, int i) {
    return isCommonNoun(in, i) && i + 2 < in.size() && in.get(i + 1).text().equals("的")
        && isCommonNoun(in, i + 2) && !isNounish(in, i - 1) && !isNature(in, i + 3, "n")
        && !(i + 3 < in.size() && in.get(i + 3).kind() == Token.Kind.NAME);
  }

  private static boolean isCommonNoun(List<Token> in, int i) {
    return (isNature(in, i, "n") || isNature(in, i, "vn")) && !in.get(i).nature().startsWith("nr")
        && !in.get(i).nature().startsWith("ns") && !in.get(i).nature().startsWith("nt");
  }

  private static boolean isNounish(List<Token> in, int i) {
    return i >= 0 && i < in.size() && (in.get(i).kind() == Token.Kind.NAME
        || in.get(i).kind() == Token.Kind.LITERAL || isNature(in, i, "n") || isNature(in, i, "a")
        || isNature(in, i, "v") || isNature(in, i, "m") || isNature(in, i, "q"));
  }

  /** 前 before a title or organisation, not after a count or time, is "former". */
  private static boolean formerTitle(List<Token> in, int i) {
    boolean titleNext = i + 1 < in.size() && (in.get(i + 1).kind() == Token.Kind.NAME
        || in.get(i + 1).kind() == Token.Kind.OTHER_SCRIPT || isNature(in, i + 1, "n"));
    boolean countBefore = i > 0 && (in.get(i - 1).kind() == Token.Kind.LITERAL
        || isNature(in, i - 1, "m") || isNature(in, i - 1, "t") || isNature(in, i - 1, "q")
        || isNature(in, i - 1, "v") || isNature(in, i - 1, "p"));
    return titleNext && !countBefore;
  }

  /** Names, nouns and pronouns may be an agent; anything else ends the search for one. */
  private static boolean isAgent(Token t) {
    return t.kind() == Token.Kind.NAME || (t.kind() == Token.Kind.WORD
        && (t.nature().startsWith("n") || t.nature().startsWith("r")) && !t.nature().equals("vn"));
  }

  private static boolean isNature(List<Token> tokens, int i, String prefix) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
        && tokens.get(i).nature().startsWith(prefix);
  }
}
