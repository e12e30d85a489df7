package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsbridge.translate.TranslationEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The offline gloss engine: a word-by-word dictionary gloss, honest about being one. Numbers,
 * dates and money are made exact English first ({@link NumberRules}); the rest is segmented by
 * HanLP and glossed word by word ({@link Glosser}), and the words are joined into sentences
 * ({@link EnglishAssembler}). Placeholders pass through untouched. Stateless after construction;
 * HanLP and CC-CEDICT load on first use and are shared, so instances are cheap and thread-safe.
 */
public final class GlossEngine implements TranslationEngine {
  public static final String ENGINE_ID = "offline-gloss";
  public static final String LABEL = "Translated from Chinese by the offline gloss engine"
      + " — a dictionary gloss, not a fluent translation";

  /** E-mail and web addresses, copied through whole (a segmenter would split them at dots). */
  private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
      "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|https?://[\\x21-\\x7e]+"
          + "|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
          // Names made of letters and digits (G20, 5G, COVID-19, F-16, MH370) stay whole: the
          // segmenter and the number rules would part them ("G 20", "COVID- 19").
          + "|(?<![A-Za-z0-9.-])(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9])"
          + "[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])");

  /** The most HanLP words merged back into one dictionary word. */
  static final int MERGE_WORDS = 4;
  /** The longest merged word, in characters. */
  static final int MERGE_CHARS = 8;

  /** A span and 后 read as one word (天后 "diva", 年后) after a count: 数天后 "a few days later". */
  private static final java.util.regex.Pattern SPAN_LATER = java.util.regex.Pattern.compile(
      "(" + String.join("|", NumberRules.SPAN_PLURALS.keySet()) + ")后");
  /** Words that count a span without being tagged numbers. */
  private static final java.util.Set<String> COUNTS = java.util.Set.of("数", "几");

  /**
   * The part of speech of headline words HanLP cuts in two and the dictionary lacks; any word the
   * function words list is joined back where HanLP cut it into its two characters ({@link
   * #splitWord}), these read as verbs or nouns, the others as their first character.
   */
  private static final java.util.Map<String, String> SPLIT_WORDS = java.util.Map.of("法媒", "n",
      "网曝", "v", "官宣", "v", "重掌", "v", "转投", "v", "硬刚", "v");

  /** Particles never merged into the word before them (新 + 的 is not a word). */
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("的", "了", "地", "得", "着", "过", "们", "吗", "呢", "吧");

  private volatile Glosser glosser;

  @Override
  public String engineId() {
    return ENGINE_ID;
  }

  @Override
  public String label() {
    return LABEL;
  }

  @Override
  public List<String> translate(String sourceLanguage, List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      out.add(translateParagraph(p));
    }
    return out;
  }

  /** One paragraph: tokens, glossed, assembled into English sentences. */
  public String translateParagraph(String paragraph) {
    String text = Datelines.inEnglishOrder(halfWidth(paragraph));
    return EnglishAssembler.assemble(glosser().render(tokenize(text)));
  }

  private Glosser glosser() {
    Glosser g = glosser;
    if (g == null) {
      synchronized (this) {
        if (glosser == null) {
          glosser = new Glosser(new SenseChooser(Cedict.shared()), FunctionWords.shared());
        }
        g = glosser;
      }
    }
    return g;
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Placeholders.EXACT.matcher(text);
    int last = 0;
    while (m.find()) {
      tokenizeText(text.substring(last, m.start()), tokens);
      tokens.add(new Token(m.group(), "nr", Token.Kind.NAME, false));
      last = m.end();
    }
    tokenizeText(text.substring(last), tokens);
    aroundBeforeTheTime(tokens);
    return tokens;
  }

  /**
   * 前后 after a time is "around" it, and English says so before the time: 春节前后 "around the
   * Spring Festival", 14日前后 "around the 14th" (the gloss read "Spring Festival around").
   */
  private static void aroundBeforeTheTime(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      Token before = tokens.get(i - 1);
      boolean time = before.nature().startsWith("t")
          || before.kind() == Token.Kind.LITERAL && NumberRules.isDate(before.text());
      if (tokens.get(i).text().equals("前后") && time) {
        tokens.set(i - 1, tokens.get(i));
        tokens.set(i, before);
      }
    }
  }

  private static void tokenizeText(String text, List<Token> tokens) {
    Matcher m = ADDRESS.matcher(text);
    int last = 0;
    while (m.find()) {
      tokenizeRecords(text.substring(last, m.start()), tokens);
      tokens.add(new Token(m.group(), "nx", Token.Kind.LITERAL, false));
      last = m.end();
    }
    tokenizeRecords(text.substring(last), tokens);
  }

  /** {@code text} with each record set in it ({@link RecordHighs}) in English, as one verb. */
  private static void tokenizeRecords(String text, List<Token> tokens) {
    Matcher m = RecordHighs.RECORD.matcher(text);
    int last = 0;
    while (m.find()) {
      String english = RecordHighs.english(m, text);
      if (english != null) {
        tokenizeWords(text.substring(last, m.start()), tokens);
        tokens.add(new Token(english, "v", Token.Kind.LITERAL, false));
        last = m.end();
      }
    }
    tokenizeWords(text.substring(last), tokens);
  }

  private static void tokenizeWords(String text, List<Token> tokens) {
    boolean afterSpan = false;
    for (NumberRules.Piece piece : NumberRules.apply(text)) {
      if (piece.english()) {
        tokens.add(new Token(piece.text(), "m", Token.Kind.LITERAL, piece.pluralNext()));
        afterSpan = NumberRules.endsInSpan(piece.text());
        continue;
      }
      String rest = piece.text();
      if (afterSpan && rest.length() > 1 && rest.charAt(0) == '后') {
        tokens.add(Token.of("后", "f")); // 10天 + 后头七: the span's 后, not a word with what follows
        rest = rest.substring(1);
      }
      afterSpan = false;
      List<Term> terms = Hanlp.plain(rest);
      for (int i = 0; i < terms.size(); i++) {
        Matcher later = SPAN_LATER.matcher(terms.get(i).word);
        if (later.matches() && i > 0 && (terms.get(i - 1).nature.toString().startsWith("m")
            || COUNTS.contains(terms.get(i - 1).word))) {
          String unit = later.group(1);
          if (COUNTS.contains(terms.get(i - 1).word) && !tokens.isEmpty()) {
            String span = "a few " + NumberRules.SPAN_PLURALS.get(unit);
            tokens.set(tokens.size() - 1, new Token(span, "m", Token.Kind.LITERAL, false));
            // 数天后 is "a few days later", not a diva
          } else {
            tokens.add(Token.of(unit, "q"));
          }
          tokens.add(Token.of("后", "f"));
          continue;
        }
        int n = mergeable(terms, i);
        String pair = n == 1 ? splitWord(terms, i) : null; // 两国间 "bilateral" holds 两国
        if (pair != null) {
          tokens.add(Token.of(pair, tagOfSplitWord(pair, terms.get(i))));
          i++;
          continue;
        }
        Term last = terms.get(i + n - 1);
        StringBuilder word = new StringBuilder();
        terms.subList(i, i + n).forEach(t -> word.append(t.word));
        if (isPassiveVerb(word.toString())) {
          tokens.add(Token.of("被", "pbei"));
          tokens.add(Token.of(word.substring(1), "v"));
        } else if (!word.toString().isBlank()) {
          tokens.add(Token.of(word.toString(), n > 1 ? "n" : last.nature.toString()));
        }
        i += n - 1;
      }
    }
  }

  /**
   * The word the function words list that HanLP cut into its two characters at {@code i} (本 + 周
   * is 本周 "this week", not "this circle"; 官 + 宣 官宣), or null. Only the two halves of the whole
   * word: 警官 + 宣布 holds no 官宣.
   */
  private static String splitWord(List<Term> terms, int i) {
    if (i + 1 >= terms.size() || terms.get(i).word.length() != 1
        || terms.get(i + 1).word.length() != 1) {
      return null;
    }
    String pair = terms.get(i).word + terms.get(i + 1).word;
    String tag = tagOfSplitWord(pair, terms.get(i));
    return FunctionWords.shared().lookup(pair, tag) != null ? pair : null;
  }

  /** The listed tag of a joined word, else its first half's (这一 a pronoun: no article). */
  private static String tagOfSplitWord(String pair, Term first) {
    return SPLIT_WORDS.getOrDefault(pair, first.nature.toString());
  }

  /**
   * A word HanLP glued to the passive 被 (被捆绑 "was tied up", tagged a noun): no dictionary word
   * itself, a dictionary word after 被.
   */
  private static boolean isPassiveVerb(String word) {
    return word.length() >= 3 && word.charAt(0) == '被' && !Cedict.shared().contains(word)
        && Cedict.shared().contains(word.substring(1));
  }

  /**
   * How many words from {@code i} form one dictionary word that HanLP split (社交 + 媒体 is
   * 社交媒体, "social media"), or one the function words list: the longest run of up to {@value
   * #MERGE_WORDS} Chinese words, at most {@value #MERGE_CHARS} characters, that CC-CEDICT or the
   * function words list; 1 when none.
   */
  private static int mergeable(List<Term> terms, int i) {
    Cedict cedict = Cedict.shared();
    StringBuilder joined = new StringBuilder(terms.get(i).word);
    int best = 1;
    for (int n = 2; n <= MERGE_WORDS && i + n <= terms.size(); n++) {
      String next = terms.get(i + n - 1).word;
      if (!next.codePoints().allMatch(Character::isIdeographic) || PARTICLES.contains(next)) {
        break;
      }
      joined.append(next);
      if (joined.length() > MERGE_CHARS) {
        break;
      }
      if (cedict.contains(joined.toString()) || isSetPhrase(terms.get(i), joined.toString())) {
        best = n;
      }
    }
    return best;
  }

  /**
   * A phrase of three characters or more that the function words list, cut up by HanLP (以 + 旧 +
   * 换新 is 以旧换新 "trade-in", 截至 + 目前 "so far"); two single characters are joined by {@link
   * #splitWord}, and a particle opens no phrase (的 + 时候 stays a particle and a noun).
   */
  private static boolean isSetPhrase(Term first, String joined) {
    return joined.length() >= 3 && !PARTICLES.contains(first.word)
        && FunctionWords.shared().lists(joined);
  }

  /** Full-width ASCII (ＡＢＣ１２３％) as plain ASCII, the ideographic space as a space. */
  static String halfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else {
        out.append(c == '\u3000' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
