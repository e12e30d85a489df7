package dev.newsbridge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a Chinese text that credit its makers: {@code （记者 刘晓燕 张三）}, {@code 责任编辑：陈某},
 * {@code 文/王五}. A reporter's or editor's name says who made a report, not what it is about: one
 * reporter covers many stories, so a name that is only credited is neither a tag nor a tie between
 * two stories.
 */
public final class CreditedNames {
  private static final String CREDIT_WORD =
      "记者(?!会|招待会|问|提问|节)|责任编辑|编辑(?!部)|责编|作者|通讯员|实习生|摄影|摄像|校对|审核|审校|编审"
          + "|监制|主编|撰文|策划|统筹|整理|文[/／]|图[/／]";

  /**
   * A name in a credit: 2 to 4 characters ending where a name in a credit ends (a mark, a space,
   * the line's end, the next credit word, 报道), so that a sentence running on after 记者
   * (见到记者前来送花，邱先生母亲说) does not make the person after it a reporter.
   */
  private static final String NAME =
      "[\\p{IsHan}·]{2,4}(?=[\\s、，,)）。;；|｜/／:：]|$|" + CREDIT_WORD + "|(?:\\p{IsHan}{2})?报道)";

  /** A credit word, then up to four names with the marks between them. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:" + CREDIT_WORD + ")[\\s：:／/|｜丨]*((?:" + NAME + "[\\s、，,]*){1,4})",
          Pattern.MULTILINE);

  private final String text;
  private final List<int[]> spans = new ArrayList<>();

  private CreditedNames(String text) {
    this.text = text;
    Matcher m = CREDIT.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
  }

  /** The credits of {@code text} (read in Simplified characters). */
  public static CreditedNames in(String text) {
    return new CreditedNames(ChineseScripts.simplified(text));
  }

  /** True when {@code name} occurs in the text and every occurrence is inside a credit. */
  public boolean onlyCredited(String name) {
    String n = ChineseScripts.simplified(name);
    if (n.isEmpty() || spans.isEmpty()) {
      return false;
    }
    int at = text.indexOf(n);
    if (at < 0) {
      return false;
    }
    for (; at >= 0; at = text.indexOf(n, at + 1)) {
      if (!inCredit(at, at + n.length())) {
        return false;
      }
    }
    return true;
  }

  private boolean inCredit(int start, int end) {
    for (int[] s : spans) {
      if (start >= s[0] && end <= s[1]) {
        return true;
      }
    }
    return false;
  }
}
