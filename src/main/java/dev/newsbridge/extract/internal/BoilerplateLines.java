package dev.newsbridge.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture, not article text: editor credits (责任编辑), share and print
 * bars, copyright notices, "related stories" headers, "Advertisement". Only short lines are
 * judged, so a paragraph that merely mentions copyright is kept.
 */
public final class BoilerplateLines {
  /** Lines with a weighted length above this are never boilerplate: {@value}. */
  public static final int MAX_BOILERPLATE_LENGTH = 120;

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("^[\\[【(（]?\\s*(责任编辑|责编|编辑|校对|审核|审校|监制|终审|值班编辑|实习编辑|主编|美编|统筹|策划)\\s*[：:]"),
          Pattern.compile("[\\[【(（]\\s*(责任编辑|责编|编辑)\\s*[：:][^\\]】)）]*[\\]】)）]\\s*$"),
          Pattern.compile("^[\\[【(（]?[^，。,]{0,12}(责任编辑|编辑|责编|校对|审核)[：:\\s]+[\\p{IsHan}·]{2,4}(\\s+[\\p{IsHan}·]{2,4})*[\\]】)）]?$"),
          Pattern.compile("^(分享到|分享至|分享|扫一扫|扫描二维码|微信扫一扫|点击(进入|查看|这里)|关注我们|返回(顶部|首页|列表)"
              + "|上一篇|下一篇|相关(新闻|阅读|文章|链接|推荐|报道)|热门(推荐|文章|新闻)|推荐阅读|延伸阅读|更多精彩|打印(本页|此文)?"
              + "|关闭(窗口|本页)?|【?(打印|关闭|纠错|收藏)】?|字号|【?字体|我要评论|发表评论|网友评论|评论\\s*\\d*$|举报)"),
          Pattern.compile("^(反侵权公告|免责声明|法律声明|版权说明)|版权所有|版权声明|未经(授权|许可|书面)|不得转载|禁止转载|谢绝转载|违者必究|转载请注明|Copyright|All [Rr]ights [Rr]eserved|©|ⓒ"),
          Pattern.compile("(?i)^(share( this)?|tweet|email|print|advertisement|sponsored|related( stories| articles| posts)?"
              + "|read more|sign up|subscribe|follow us|recommended( for you)?|more from|you may also like"
              + "|comments?|leave a (comment|reply)|click here|skip to)\\b.{0,40}$"),
          Pattern.compile("^(ICP|京ICP|沪ICP|粤ICP|浙ICP)|备案号|公网安备"),
          Pattern.compile("(?i)^(photo|photos|image|credit|getty( images)?|ap photo|afp|reuters)\\b[^.!?]{0,80}$"),
          Pattern.compile("(?i)\\bshare (it|this)\\b.{0,40}$|^follow (me|us)\\b"),
          Pattern.compile("(?i)^(\\S+@\\S+\\.\\w+|(https?://)?(www\\.)?(twitter|x|facebook|instagram)\\.com/\\S+|@\\w+)$"));

  /** The patterns above whose every branch starts with {@code ^} (no MULTILINE). */
  private static final java.util.Set<Pattern> ANCHORED =
      java.util.Set.of(PATTERNS.get(0), PATTERNS.get(2), PATTERNS.get(3), PATTERNS.get(5),
          PATTERNS.get(7), PATTERNS.get(9));

  /** Labelled notices (disclaimers, "you are here" trails) are furniture up to this length: {@value}. */
  public static final int MAX_NOTICE_LENGTH = 400;

  private static final Pattern NOTICES =
      Pattern.compile(
          "^[\\[【(（]?\\s*(您所在的位置|您现在的位置|当前位置|你的位置|您的位置|免责声明|声明|特别声明|版权声明|温馨提示：本文)\\s*[：:]"
              + "|(?i)^[-—\\s]*the end[-—\\s]*$");

  private BoilerplateLines() {}

  /** True when {@code text} is a short line of page furniture. */
  public static boolean isBoilerplate(String text) {
    int length = Texts.weightedLength(text);
    if (length <= MAX_NOTICE_LENGTH && NOTICES.matcher(text).find()) {
      return true;
    }
    if (length > MAX_BOILERPLATE_LENGTH) {
      return false;
    }
    for (Pattern p : PATTERNS) {
      // A pattern that is all "^..." can only match at 0: lookingAt() says so without trying
      // every position as find() does (this runs on every short line of every page).
      Matcher m = p.matcher(text);
      if (ANCHORED.contains(p) ? m.lookingAt() : m.find()) {
        return true;
      }
    }
    return false;
  }
}
