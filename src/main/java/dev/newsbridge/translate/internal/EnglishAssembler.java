package dev.newsbridge.translate.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins English words and mapped punctuation into a sentence: no space before closing
 * punctuation, quotes attached to what they enclose, "a" before a vowel made "an", repeated words
 * and stray ". ." sequences removed, and every sentence started with a capital letter.
 */
public final class EnglishAssembler {
  /** Marks an opening quote: attached to the next word. */
  public static final String OPEN_QUOTE = "\u0001";
  /** Marks a closing quote: attached to the previous word. */
  public static final String CLOSE_QUOTE = "\u0002";

  private static final Pattern SPACE_BEFORE = Pattern.compile("\\s+([,.;:!?%)\\]…]|'s\\b)");
  private static final Pattern SPACE_AFTER = Pattern.compile("([(\\[$€£])\\s+");
  private static final Pattern PUNCT_RUN = Pattern.compile("([.!?])(?:\\s*[.!?,;:])+");
  private static final Pattern COMMA_RUN = Pattern.compile("([,;:])(?:\\s*[,;:])+");
  private static final Pattern COMMA_STOP = Pattern.compile("[,;:]\\s*([.!?])");
  private static final Pattern REPEAT = Pattern.compile("\\b(\\p{L}+)(?: \\1\\b)+");
  /** "a" before a vowel letter, but not before the sound of "w" or "y" (a one-year, a union). */
  private static final Pattern ARTICLE =
      Pattern.compile("\\b([Aa]) (?=[aeiouAEIOU])(?!(?i:one\\b|one-|uni[vtofq]|use|usu|eu))");
  private static final Pattern SENTENCE_START =
      Pattern.compile("(^|[.!?…]\\s+)([\"(]?)(\\p{Ll})");
  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,.;:!?]+");

  private EnglishAssembler() {}

  public static String assemble(List<String> words) {
    String s = String.join(" ", words);
    s = s.replaceAll(OPEN_QUOTE + "\\s*", "\"").replaceAll("\\s*" + CLOSE_QUOTE, "\"");
    s = SPACE_BEFORE.matcher(s).replaceAll("$1");
    s = SPACE_AFTER.matcher(s).replaceAll("$1");
    s = PUNCT_RUN.matcher(s).replaceAll("$1");
    s = COMMA_RUN.matcher(s).replaceAll("$1");
    s = COMMA_STOP.matcher(s).replaceAll("$1");
    s = REPEAT.matcher(s).replaceAll("$1");
    s = ARTICLE.matcher(s).replaceAll("$1n ");
    s = LEADING_PUNCT.matcher(s.replaceAll("\\s+", " ").trim()).replaceAll("");
    s = s.replace("…", "...");
    return capitaliseSentences(s);
  }

  /** Upper-cases the first letter of every sentence. */
  public static String capitaliseSentences(String s) {
    Matcher m = SENTENCE_START.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2)
          + m.group(3).toUpperCase()));
    }
    return m.appendTail(out).toString();
  }
}
