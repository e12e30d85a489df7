package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.util.regex.Pattern;

/**
 * Short lines that carry metadata rather than article text: bylines ({@code 记者 胡含嫣}), source
 * credits ({@code 来源：新华社}), publication stamps ({@code 2023-11-20 09:15}, {@code 发布时间：…},
 * {@code Published Nov 20, 2023}). They feed the byline and date finders and are left out of the
 * body. A line that reads as prose (long, or ending a sentence) is never metadata, so a dateline
 * paragraph such as {@code 新华社北京11月20日电（记者 张三）……。} stays in the body. The labels,
 * written in Simplified characters, read the line's {@link ChineseScripts#simplified Simplified
 * view}, so {@code 來源：} and {@code 發佈時間：} are metadata too.
 */
public final class MetadataLines {
  /** Lines with a weighted length above this are never metadata: {@value}. */
  public static final int MAX_METADATA_LENGTH = 100;

  /** Every branch starts with {@code ^}, so it is tried with lookingAt(). */
  private static final Pattern LABELS =
      Pattern.compile(
          "^[\\[【(（]?\\s*(来源|稿源|文章来源|新闻来源|信息来源|本文来源|原标题|作者|记者|通讯员|撰文|采写|编辑|责任编辑|发布时间|发表时间|发布日期|更新时间|时间|日期|浏览|点击|阅读|字号)\\s*[：:]"
              + "|^文\\s*[／/|丨｜]"
              + "|(?i)^(by|posted|published|updated|last updated|written by|story by)\\b");
  /** "Robert Burns, AP National Security Writer". */
  private static final Pattern NAME_AND_ROLE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3},\\s+[^,]{0,40}(?i:writer|reporter|correspondent|editor|columnist)$");
  private static final Pattern LABEL_ANYWHERE =
      Pattern.compile("(来源|作者|记者|编辑|发布|浏览|点击|阅读)\\s*[：:]|(?i)\\b(posted|published|updated)\\b");
  private static final DateParser DATES =
      new DateParser(java.time.Instant.parse("2100-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

  private MetadataLines() {}

  /** True when {@code text} is a byline, source, or date line rather than body text. */
  public static boolean isMetadata(String text) {
    return isMetadata(text, Texts.weightedLength(text));
  }

  /** As {@link #isMetadata(String)}, with the line's {@link Texts#weightedLength} at hand. */
  static boolean isMetadata(String text, int length) {
    return length <= MAX_METADATA_LENGTH && isMetadataView(ChineseScripts.simplified(text), length);
  }

  /**
   * As {@link #isMetadata(String, int)}, for the line's {@link ChineseScripts#simplified Simplified
   * view}, which the caller has at hand (the labels are written in Simplified characters; the view
   * ends as the line does).
   */
  static boolean isMetadataView(String view, int length) {
    if (length > MAX_METADATA_LENGTH) {
      return false;
    }
    boolean sentence = Texts.endsLikeSentence(view);
    if (length > 40 && sentence) {
      return false;
    }
    if (hasLabel(view) || isNameAndRole(view)) {
      return true;
    }
    boolean dated = DATES.parseSimplifiedText(view).isPresent();
    if (dated && (length <= 40 || LABEL_ANYWHERE.matcher(view).find())) {
      return !sentence;
    }
    return length <= 40 && !sentence && BylineParser.parse(view).isPresent();
  }

  /** Every line LABELS matches starts with one of these: {@value}. */
  static final String LABEL_FIRST_CHARS =
      "[【(（ \t\n\u000B\f\r来稿文新信本原作记通撰采编责发更时日浏点阅字bBpPuUlLwWsS";

  static Pattern labelsPattern() {
    return LABELS;
  }

  private static boolean hasLabel(String text) {
    return !text.isEmpty() && LABEL_FIRST_CHARS.indexOf(text.charAt(0)) >= 0
        && LABELS.matcher(text).lookingAt();
  }

  /** The pattern needs a capital first and a comma, which most lines lack. */
  private static boolean isNameAndRole(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.indexOf(',') > 0
        && NAME_AND_ROLE.matcher(text).matches();
  }
}
