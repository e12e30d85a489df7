package dev.newsbridge.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves a phrase of place or time behind its verb, where English puts it: 他在北京举行了发布会 is
 * "He held a briefing in Beijing", not "He in Beijing held briefing"; 朝鲜于17日进行了试射 "North
 * Korea carried out a test launch on the 17th". Only a short phrase (在 or 于, then nouns, names or
 * numbers, perhaps a postposition such as 上) between a subject and a verb phrase that runs to the
 * clause's end is moved; a phrase that opens its clause (在会上，…) or holds a 的 stays.
 */
final class PlacePhrases {
  /** The longest phrase moved, in tokens after 在 or 于. */
  static final int PHRASE_REACH = 5;
  /** The longest verb phrase a phrase is moved behind, in tokens. */
  static final int VERB_PHRASE_REACH = 10;

  /** Verbs of saying: the phrase goes right behind them, before what was said. */
  private static final Set<String> SAYING =
      Set.of("表示", "说", "称", "指出", "强调", "透露", "宣布", "介绍");

  private PlacePhrases() {}

  /** {@code in} with every movable phrase behind its verb phrase; the rest in order. */
  static List<Token> postpose(List<Token> in) {
    List<Token> tokens = in;
    for (int i = 1; i < tokens.size(); i++) {
      int end = phraseEnd(tokens, i);
      int verbEnd = end < 0 ? -1 : verbPhraseEnd(tokens, end + 1);
      if (verbEnd > end + 1) {
        // after a verb of saying, before what was said: "said at the press conference that ..."
        int behind = SAYING.contains(tokens.get(end + 1).text()) ? end + 2 : verbEnd;
        List<Token> moved = new ArrayList<>(tokens.subList(0, i));
        moved.addAll(tokens.subList(end + 1, behind));
        moved.addAll(tokens.subList(i, end + 1));
        moved.addAll(tokens.subList(behind, tokens.size()));
        tokens = moved;
        i = verbEnd - 1;
      }
    }
    return tokens;
  }

  /** The last token of the phrase 在 or 于 opens at {@code i}, or -1 when none is movable. */
  private static int phraseEnd(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Token before = tokens.get(i - 1);
    // not after a verb, whose complement it is (聚集在巴鲁, "gathered in Palu")
    boolean opens = (t.text().equals("在") || t.text().equals("于")) && t.nature().startsWith("p")
        && before.kind() != Token.Kind.PUNCT && !before.nature().startsWith("v");
    if (!opens) {
      return -1;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + PHRASE_REACH; k++) {
      Token u = tokens.get(k);
      String n = u.nature();
      if (u.kind() == Token.Kind.PUNCT || u.text().equals("的")) {
        return -1;
      }
      if (n.startsWith("f")) {
        return k; // 在例行记者会上: the postposition closes it
      }
      if (n.startsWith("v") || n.startsWith("d") || n.startsWith("p") || n.startsWith("c")
          || n.startsWith("u")) {
        // a verbal noun, or a postposition still to come, means a longer phrase (在周日的比赛中)
        boolean plain = k > i + 1 && u.kind() == Token.Kind.WORD && !n.equals("vn")
            && !postpositionAhead(tokens, k);
        return plain ? k - 1 : -1;
      }
    }
    return -1;
  }

  private static boolean postpositionAhead(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + PHRASE_REACH; k++) {
      if (tokens.get(k).kind() == Token.Kind.PUNCT) {
        return false;
      }
      if (tokens.get(k).nature().startsWith("f")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the verb phrase from {@code start} ends (the clause's closing punctuation or the text's
   * end), or -1 when it is no plain verb phrase: too long, holding a 的, or another 在 or 于.
   */
  private static int verbPhraseEnd(List<Token> tokens, int start) {
    if (start >= tokens.size() || !startsVerbPhrase(tokens.get(start))) {
      return -1;
    }
    int k = start;
    while (k < tokens.size() && tokens.get(k).kind() != Token.Kind.PUNCT) {
      Token u = tokens.get(k);
      if (k - start >= VERB_PHRASE_REACH || u.text().equals("的")
          || (u.text().equals("在") || u.text().equals("于")) && u.nature().startsWith("p")) {
        return -1; // too long, a relative clause (在纽约举行的活动), or a second phrase
      }
      k++;
    }
    return k;
  }

  private static boolean startsVerbPhrase(Token t) {
    return t.kind() == Token.Kind.WORD
        && (t.nature().startsWith("v") || t.nature().startsWith("d") || t.text().equals("被"));
  }
}
