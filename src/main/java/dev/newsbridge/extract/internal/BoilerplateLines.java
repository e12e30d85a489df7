package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture, not article text: editor credits (责任编辑), share and print
 * bars, copyright notices, "related stories" headers, "Advertisement". Only short lines are
 * judged, so a paragraph that merely mentions copyright is kept. The rules, written in Simplified
 * characters, read the line's {@link ChineseScripts#simplified Simplified view}, so Taiwan and Hong
 * Kong pages' 責任編輯, 相關新聞 and 版權所有 are furniture too.
 */
public final class BoilerplateLines {
  /** Lines with a weighted length above this are never boilerplate: {@value}. */
  public static final int MAX_BOILERPLATE_LENGTH = 120;

  /**
   * The rules. Each has a cheap test of what its pattern cannot match without (a colon, a keyword
   * character, no space), so most lines never reach a regex: this runs on every short body line of
   * every page. An anchored rule (every branch starts with {@code ^}) is tried with lookingAt(),
   * which answers at position 0 instead of trying every position as find() does.
   */
  private static final List<Rule> RULES =
      List.of(
          // an editor credit at the start: "责任编辑：李明"
          new Rule(
              "^[\\[【(（]?\\s*(责任编辑|责编|编辑|校对|审核|审校|监制|终审|值班编辑|实习编辑|主编|美编|统筹|策划)\\s*[：:]",
              true,
              "[【(（ \t\n\u000B\f\r责编校审监终值实主美统策",
              t -> hasColon(t)),
          // an editor credit in brackets at the end: "……（编辑：王五）"
          new Rule(
              "[\\[【(（]\\s*(责任编辑|责编|编辑)\\s*[：:][^\\]】)）]*[\\]】)）]\\s*$",
              false,
              null,
              t -> endsWithClosingBracket(t) && t.indexOf('编') >= 0 && hasColon(t)),
          // a bare editor credit: "（松花江网编辑 孙桂芳）"
          new Rule(
              "^[\\[【(（]?[^，。,]{0,12}(责任编辑|编辑|责编|校对|审核)[：:\\s]+[\\p{IsHan}·]{2,4}(\\s+[\\p{IsHan}·]{2,4})*[\\]】)）]?$",
              true,
              null,
              t -> hasAnyChar(t, Math.min(t.length(), 14), "责编校审")),
          // share, print and navigation bars
          new Rule(
              "^(分享到|分享至|分享|扫一扫|扫描二维码|微信扫一扫|点击(进入|查看|这里)|关注我们|返回(顶部|首页|列表)"
                  + "|上一篇|下一篇|相关(新闻|阅读|文章|链接|推荐|报道)|热门(推荐|文章|新闻)|推荐阅读|延伸阅读|更多精彩|打印(本页|此文)?"
                  + "|关闭(窗口|本页)?|【?(打印|关闭|纠错|收藏)】?|字号|【?字体|我要评论|发表评论|网友评论|评论\\s*\\d*$|举报)",
              true,
              "分扫微点关返上下相热推延更打【纠收字我发网评举",
              t -> true),
          // copyright notices
          new Rule(
              "^(反侵权公告|免责声明|法律声明|版权说明)|版权所有|版权声明|未经(授权|许可|书面)|不得转载|禁止转载|谢绝转载|违者必究|转载请注明|Copyright|All [Rr]ights [Rr]eserved|©|ⓒ",
              false,
              null,
              t -> containsAny(t, "版权", "未经", "转载", "违者必究", "Copyright", "ights", "©", "ⓒ")
                  || t.startsWith("反侵权公告") || t.startsWith("免责声明") || t.startsWith("法律声明")),
          // English bars and labels
          new Rule(
              "(?i)^(share( this)?|tweet|email|print|advertisement|sponsored|related( stories| articles| posts)?"
                  + "|read more|sign up|subscribe|follow us|recommended( for you)?|more from|you may also like"
                  + "|comments?|leave a (comment|reply)|click here|skip to)\\b.{0,40}$",
              true,
              "sStTeEpPaArRfFmMyYcClL",
              t -> true),
          // ICP licence numbers
          new Rule(
              "^(ICP|京ICP|沪ICP|粤ICP|浙ICP)|备案号|公网安备",
              false,
              null,
              t -> t.contains("ICP") || t.indexOf('备') >= 0),
          // photo credits
          new Rule(
              "(?i)^(photo|photos|image|credit|getty( images)?|ap photo|afp|reuters)\\b[^.!?]{0,80}$",
              true,
              "pPiIcCgGaArR",
              t -> true),
          // "share this with a friend", "follow us"
          new Rule(
              "(?i)\\bshare (it|this)\\b.{0,40}$|^follow (me|us)\\b",
              false,
              null,
              t -> Texts.containsIgnoreAsciiCase(t, "share ")
                  || Texts.containsIgnoreAsciiCase(t, "follow ")),
          // a lone e-mail address or social handle (no space in any form)
          new Rule(
              "(?i)^(\\S+@\\S+\\.\\w+|(https?://)?(www\\.)?(twitter|x|facebook|instagram)\\.com/\\S+|@\\w+)$",
              true,
              null,
              t -> t.indexOf(' ') < 0
                  && (t.indexOf('@') >= 0 || Texts.containsIgnoreAsciiCase(t, ".com/"))));

  /** Labelled notices (disclaimers, "you are here" trails) are furniture up to this length: {@value}. */
  public static final int MAX_NOTICE_LENGTH = 400;

  private static final Pattern NOTICES =
      Pattern.compile(
          "^[\\[【(（]?\\s*(您所在的位置|您现在的位置|当前位置|你的位置|您的位置|免责声明|声明|特别声明|版权声明|温馨提示：本文)\\s*[：:]"
              + "|(?i)^[-—\\s]*the end[-—\\s]*$");

  /** Every line NOTICES matches starts with one of these: {@value}. */
  static final String NOTICE_FIRST_CHARS = "[【(（您你当免声特版温-—tT \t\n\u000B\f\r";

  private BoilerplateLines() {}

  /** True when {@code text} is a short line of page furniture. */
  public static boolean isBoilerplate(String text) {
    return isBoilerplate(text, Texts.weightedLength(text));
  }

  /** As {@link #isBoilerplate(String)}, with the line's {@link Texts#weightedLength} at hand. */
  static boolean isBoilerplate(String text, int length) {
    // Nothing longer than a notice is judged (MAX_BOILERPLATE_LENGTH is shorter), so body
    // paragraphs are not even read for the view.
    return length <= MAX_NOTICE_LENGTH
        && isBoilerplateView(ChineseScripts.simplified(text), length);
  }

  /**
   * As {@link #isBoilerplate(String, int)}, for the line's {@link ChineseScripts#simplified
   * Simplified view}, which the caller has at hand. The guards (first characters, keyword
   * characters) read the view too: 責 must pass as 责.
   */
  static boolean isBoilerplateView(String view, int length) {
    if (length > MAX_NOTICE_LENGTH) {
      return false;
    }
    // Every branch of NOTICES starts with ^: lookingAt() is find() at position 0 only.
    if (!view.isEmpty() && NOTICE_FIRST_CHARS.indexOf(view.charAt(0)) >= 0
        && NOTICES.matcher(view).lookingAt()) {
      return true;
    }
    if (length > MAX_BOILERPLATE_LENGTH) {
      return false;
    }
    for (Rule rule : RULES) {
      if (rule.matches(view)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last character but trailing whitespace and line terminators ({@code $} matches before a
   * final one) is ] 】 ) or ）.
   */
  private static boolean endsWithClosingBracket(String text) {
    int end = text.length();
    while (end > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && "]】)）".indexOf(text.charAt(end - 1)) >= 0;
  }

  private static boolean hasColon(String text) {
    return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
  }

  static boolean hasAnyChar(String text, String chars) {
    return hasAnyChar(text, text.length(), chars);
  }

  /** True when one of the first {@code end} characters of {@code text} is one of {@code chars}. */
  private static boolean hasAnyChar(String text, int end, String chars) {
    for (int i = 0; i < end; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, String... needles) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return true;
      }
    }
    return false;
  }


  /** The notices pattern, for the test that checks its guard. */
  static Pattern noticesPattern() {
    return NOTICES;
  }

  /** The rules, for the test that checks each guard against its pattern. */
  static List<Rule> rules() {
    return RULES;
  }

  /**
   * One kind of furniture line.
   *
   * @param pattern what the line looks like
   * @param anchored every branch of the pattern starts with {@code ^} (no MULTILINE)
   * @param firstChars every line the pattern matches starts with one of these; null: any
   * @param mayMatch a cheap test that holds for every line the pattern matches
   */
  record Rule(Pattern pattern, boolean anchored, String firstChars, Predicate<String> mayMatch) {
    Rule(String regex, boolean anchored, String firstChars, Predicate<String> mayMatch) {
      this(Pattern.compile(regex), anchored, firstChars, mayMatch);
    }

    boolean matches(String text) {
      if (firstChars != null && (text.isEmpty() || firstChars.indexOf(text.charAt(0)) < 0)) {
        return false;
      }
      if (!mayMatch.test(text)) {
        return false;
      }
      Matcher m = pattern.matcher(text);
      return anchored ? m.lookingAt() : m.find();
    }
  }
}
