package dev.newsbridge.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reporters and the credited outlet out of one line of text: {@code 记者 胡含嫣}, {@code
 * 澎湃新闻记者 胡含嫣} (outlet 澎湃新闻), {@code 新华社北京11月20日电（记者 张三、李四）}, {@code 作者：胡平},
 * {@code 文/李明}, {@code By Jane Doe and John Roe}. {@code 编辑：} and {@code 责任编辑：} name editors,
 * not authors, and are ignored. Also reads source credits: {@code 来源：新华社}.
 */
public final class BylineParser {
  private static final Pattern REPORTER =
      Pattern.compile(
          "(?:^|[\\s（(【\\[|丨/，,：:])([\\p{IsHan}A-Za-z0-9·]{2,16}?)?(?:特约|实习|见习|首席|驻[\\p{IsHan}]{1,4})?(?:记者|通讯员)\\s*[：:]?\\s*(.+)");
  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("(?:^|[\\s（(【\\[|丨])(?:作者|原作者|撰文|撰稿|采写|口述|署名)\\s*[：:\\s]\\s*(.+)");
  private static final Pattern WEN_LABEL =
      Pattern.compile("(?:^|[\\s（(【\\[|丨])(?:文|文字|文图|图文)\\s*[：:／/|丨｜]\\s*(.+)");
  private static final Pattern ENGLISH =
      Pattern.compile(
          "^\\s*(?:[Bb][Yy]|(?i:written by|story by|words by|reported by))\\s+((?:[\\p{Lu}][\\p{L}'.-]*\\.?\\s*){1,4}(?:(?:,|\\band\\b|&)\\s*(?:[\\p{Lu}][\\p{L}'.-]*\\.?\\s*){1,4})*)");
  private static final Pattern POSTED_BY =
      Pattern.compile("(?:本帖|本贴|此帖|该帖)?由\\s*([^\\s于]{2,12}?)\\s*于\\s*\\d{4}\\s*[-/.年]");
  /** "周思博 (Joel Spolsky)": the Latin form the page gives belongs to the name. */
  private static final Pattern NAME_WITH_LATIN =
      Pattern.compile("^([\\p{IsHan}·]{2,6})\\s*[（(]\\s*([A-Za-z][A-Za-z .'-]{1,40}?)\\s*[）)]");
  private static final Pattern EDITOR =
      Pattern.compile("(?:^|[\\s（(【\\[|丨])编辑\\s*[：:]\\s*(.+)");
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[]([^（()）【】\\[\\]]{2,40})[）)】\\]]");
  private static final Pattern NAME_LIST = Pattern.compile("[\\p{IsHan}·]{2,6}(?:\\s*[、，,\\s]\\s*[\\p{IsHan}·]{2,6}){0,4}");
  private static final Pattern AGENCY = Pattern.compile("^([\\p{IsHan}]{2,5}社)");
  private static final Pattern SOURCE =
      Pattern.compile(
          "(?:^|[\\s（(【\\[|丨])(?:来源|稿源|文章来源|新闻来源|信息来源|本文来源|出处|转自|转载自|Source)\\s*[：:]\\s*(.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,6}");
  private static final Pattern NAME_TERMINATORS = Pattern.compile("[）)】\\]|丨｜/；;。！？!?:：]");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,和及与]+");
  private static final Pattern ROLE_PREFIX = Pattern.compile("^(实习生|通讯员|特约记者|见习记者|记者|摄影|摄)");
  private static final Pattern ROLE_SUFFIX = Pattern.compile("(报道|摄影|摄|整理|编译|采写|发自.*)$");
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\s*(https?:|www\\.).*");
  private static final Pattern FOUR_DIGITS = Pattern.compile(".*\\d{4}.*");
  private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern LIBERAL_NAME = Pattern.compile("[\\p{L}\\p{N}&_.·-]{2,20}");
  private static final Set<String> NOT_NAMES =
      Set.of("实习生", "通讯员", "报道", "编辑", "责任编辑", "来源", "综合", "整理", "整合", "编译", "供图",
          "摄影", "发自", "记者", "采写", "撰文",
          "本报", "评论", "作者", "日期", "时间", "发布", "我们", "今天", "昨天");
  private static final Set<String> HOUSE_OUTLETS = Set.of("本报", "本刊", "本台", "本网", "本站", "我台", "我报", "特约", "首席");

  private BylineParser() {}

  /** The reporters and outlet a line credits, if it credits any. */
  public static Optional<Byline> parse(String text) {
    String line = Texts.normalize(text);
    // Each pattern is tried only when the line holds a word it cannot match without: this runs on
    // every short line of every page, and most lines credit nobody.
    if (line.contains("记者") || line.contains("通讯员")) {
      Matcher reporter = REPORTER.matcher(line);
      if (reporter.find()) {
        List<String> names = chineseNames(reporter.group(2), false);
        if (!names.isEmpty()) {
          return Optional.of(new Byline(names, outletBefore(line, reporter)));
        }
      }
    }
    boolean authorWord = line.contains("作者") || line.indexOf('撰') >= 0 || line.contains("采写")
        || line.contains("口述") || line.contains("署名");
    boolean wenWord = line.indexOf('文') >= 0;
    for (Pattern label : List.of(AUTHOR_LABEL, WEN_LABEL)) {
      if (label == AUTHOR_LABEL ? !authorWord : !wenWord) {
        continue;
      }
      Matcher m = label.matcher(line);
      if (m.find()) {
        Matcher latin = NAME_WITH_LATIN.matcher(m.group(1).strip());
        if (latin.find()) {
          return Optional.of(new Byline(List.of(latin.group(1) + " (" + latin.group(2) + ")"), null));
        }
        List<String> names = chineseNames(m.group(1), true);
        if (!names.isEmpty()) {
          return Optional.of(new Byline(names, null));
        }
      }
    }
    if (line.indexOf('由') >= 0) {
      Matcher posted = POSTED_BY.matcher(line);
      if (posted.find()) {
        return Optional.of(new Byline(List.of(posted.group(1)), null));
      }
    }
    return english(line);
  }

  /**
   * A byline in brackets at either end of a long paragraph: {@code ……。（总台记者 张倩）} or
   * {@code 本报讯（记者 王小明）……}.
   */
  public static Optional<Byline> bracketedAtEnds(String text) {
    String line = Texts.normalize(text);
    Matcher m = BRACKETED.matcher(line);
    while (m.find()) {
      boolean atEnd = m.start() < 40 || m.end() > line.length() - 3;
      if (atEnd && (m.group(1).contains("记者") || m.group(1).contains("通讯员"))) {
        Optional<Byline> byline = parse(m.group(1));
        if (byline.isPresent()) {
          return byline;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A line that is nothing but personal names ({@code 胡平}, {@code 赵延东、风笑天}), as essays print
   * under their title; the first must {@link ChineseNames#looksLikeName look like a name}.
   */
  public static Optional<Byline> namesOnly(String text) {
    String line = Texts.normalize(text);
    if (!NAME_LIST.matcher(line).matches()) {
      return Optional.empty();
    }
    List<String> names = List.of(line.split("\\s*[、，,\\s]\\s*"));
    boolean plausible = ChineseNames.looksLikeName(names.get(0))
        && names.stream().allMatch(n -> n.length() <= 4 && !NOT_NAMES.contains(n));
    return plausible ? Optional.of(new Byline(names, null)) : Optional.empty();
  }

  /**
   * The person a plain {@code 编辑：} line credits (not {@code 责任编辑：}, the desk editor every
   * page of a portal names). Reprints often credit nobody else, so this is a last resort for the
   * author.
   */
  public static Optional<String> editor(String text) {
    if (!text.contains("编辑")) {
      return Optional.empty();
    }
    Matcher m = EDITOR.matcher(Texts.normalize(text));
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> names = chineseNames(m.group(1), false);
    return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }

  /** True for a forum post stamp, {@code 本贴由大卫于2005年8月12日16:12:21在〖…〗发表}. */
  public static boolean isPostStamp(String text) {
    // The stamp cannot match without 由; most lines lack it, so the regex is spared.
    return text.length() <= 200 && text.indexOf('由') >= 0 && POSTED_BY.matcher(text).find();
  }

  /** The outlet a {@code 来源：} line credits. */
  public static Optional<String> source(String text) {
    boolean sourceWord = text.indexOf('源') >= 0 || text.contains("出处") || text.contains("转自")
        || text.contains("转载自") || Texts.containsIgnoreAsciiCase(text, "source");
    if (!sourceWord) {
      return Optional.empty();
    }
    Matcher m = SOURCE.matcher(Texts.normalize(text));
    if (!m.find() || WEB_ADDRESS.matcher(m.group(1)).matches()) {
      return Optional.empty();
    }
    String value = m.group(1).strip().split("\\s+|[|丨/]|作者|编辑|记者|时间|发布")[0];
    value = value.replaceAll("^[《【\\[“\"]+|[》】\\]”\"，,。.;；)）]+$", "");
    boolean plausible =
        value.length() >= 2 && value.length() <= 30 && !value.contains("://")
            && !FOUR_DIGITS.matcher(value).matches() && !CreditPlaceholders.isPlaceholder(value);
    return plausible ? Optional.of(value) : Optional.empty();
  }

  private static String outletBefore(String line, Matcher reporter) {
    String outlet = reporter.group(1);
    if (outlet != null && !HOUSE_OUTLETS.contains(outlet) && !ANY_DIGIT.matcher(outlet).matches()) {
      return outlet;
    }
    Matcher agency = AGENCY.matcher(line);
    return line.contains("电") && agency.find() ? agency.group(1) : null;
  }

  private static List<String> chineseNames(String text, boolean liberalFirst) {
    List<String> names = new ArrayList<>();
    for (String raw : nameTokens(text)) {
      String token = ROLE_SUFFIX.matcher(ROLE_PREFIX.matcher(raw).replaceFirst("")).replaceFirst("");
      if (token.isEmpty() && !raw.isEmpty()) {
        continue;
      }
      if (CreditPlaceholders.isPlaceholder(token)) {
        break; // "作者：未知": the field credits nobody
      }
      if (CHINESE_NAME.matcher(token).matches() && !NOT_NAMES.contains(token)) {
        names.add(token);
      } else if (liberalFirst && names.isEmpty() && LIBERAL_NAME.matcher(token).matches()) {
        names.add(token);
        break;
      } else {
        break;
      }
    }
    return names;
  }

  /**
   * The words of {@code text} up to the first terminator. When that terminator is a colon, the word
   * before it is the next field's label ({@code 作者：邵一帆　发布时间：…}), not a name, and is left out.
   */
  private static List<String> nameTokens(String text) {
    Matcher end = NAME_TERMINATORS.matcher(text);
    boolean ended = end.find();
    String span = ended ? text.substring(0, end.start()) : text;
    boolean labelFollows = ended && (end.group().equals(":") || end.group().equals("："));
    List<String> tokens = new ArrayList<>(List.of(NAME_SEPARATORS.split(span.strip())));
    if (labelFollows && tokens.size() > 1) {
      tokens.remove(tokens.size() - 1);
    }
    return tokens;
  }

  private static Optional<Byline> english(String line) {
    if (!startsLikeEnglishByline(line)) {
      return Optional.empty();
    }
    Matcher m = ENGLISH.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String name : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
      String n = name.strip();
      if (n.contains(" ") || n.length() > 2) {
        names.add(n);
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, null));
  }

  /** ENGLISH starts with "by", "written by", "story by", "words by" or "reported by" after \\s*. */
  private static boolean startsLikeEnglishByline(String line) {
    int i = 0;
    while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return i < line.length() && "bBwWsSrR".indexOf(line.charAt(i)) >= 0;
  }

  /**
   * What a byline credits.
   *
   * @param authors the reporters, in order
   * @param outlet the outlet named with them ("澎湃新闻" in "澎湃新闻记者 胡含嫣"), or null
   */
  public record Byline(List<String> authors, String outlet) {
    public Byline {
      authors = List.copyOf(authors);
    }

    /** The reporters joined the way the page would: "、" between Chinese names, ", " otherwise. */
    public String joined() {
      boolean chinese = authors.stream().allMatch(a -> Texts.cjkCount(a) > 0);
      return String.join(chinese ? "、" : ", ", authors);
    }
  }
}
