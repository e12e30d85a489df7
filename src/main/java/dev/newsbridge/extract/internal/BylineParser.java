package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
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
 *
 * <p>Taiwan and Hong Kong pages write the same lines in Traditional characters ({@code 中央社記者
 * 王小明台北29日電}, {@code 來源：聯合報}). Every rule reads the line's {@link ChineseScripts#simplified
 * Simplified view}; names and outlets are cut from the line itself at the match's indexes, so they
 * come out as the page prints them.
 */
public final class BylineParser {
  private static final Pattern REPORTER =
      Pattern.compile(
          "(?:^|[\\s（(【\\[|丨/，,：:])([\\p{IsHan}A-Za-z0-9·]{2,16}?)?(?:特约|实习|见习|首席|驻[\\p{IsHan}]{1,4})?(?:记者|通讯员)\\s*[：:]?\\s*(.+)");
  /**
   * A name run into the dateline's place and day, as Taiwan's Central News Agency prints it: {@code
   * 中央社記者王小明台北29日電}. The Han run before the day is the name and the place.
   */
  private static final Pattern NAME_AND_PLACE_BEFORE_DAY =
      Pattern.compile("\\p{IsHan}{4,8}(?=\\d{1,2}日(?:专)?电)");
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
  /** Brackets round a byline, also Taiwan's tortoise shells: {@code 〔記者王小明／台北報導〕}. */
  private static final Pattern BRACKETED =
      Pattern.compile("[（(【\\[〔]([^（()）【】\\[\\]〔〕]{2,40})[）)】\\]〕]");
  private static final Pattern NAME_LIST = Pattern.compile("[\\p{IsHan}·]{2,6}(?:\\s*[、，,\\s]\\s*[\\p{IsHan}·]{2,6}){0,4}");
  private static final Pattern NAME_LIST_SEPARATOR = Pattern.compile("\\s*[、，,\\s]\\s*");
  private static final Pattern AGENCY = Pattern.compile("^([\\p{IsHan}]{2,5}社)");
  private static final Pattern SOURCE =
      Pattern.compile(
          "(?:^|[\\s（(【\\[|丨])(?:来源|稿源|文章来源|新闻来源|信息来源|本文来源|出处|转自|转载自|Source)\\s*[：:]\\s*(.+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,6}");
  /** Where a name list ends; a slash also in its full-width form ({@code 記者王小明／台北報導}). */
  private static final Pattern NAME_TERMINATORS = Pattern.compile("[）)】\\]|丨｜/／；;。！？!?:：]");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,和及与]+");
  private static final Pattern ROLE_PREFIX = Pattern.compile("^(实习生|通讯员|特约记者|见习记者|记者|摄影|摄)");
  /** 报导: Taiwan writes 報導 for 报道. */
  private static final Pattern ROLE_SUFFIX = Pattern.compile("(报道|报导|摄影|摄|整理|编译|采写|发自.*)$");
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\s*(https?:|www\\.).*");
  /** Where the outlet a source credit names ends: the next field or a separator. */
  private static final Pattern SOURCE_END = Pattern.compile("\\s+|[|丨/]|作者|编辑|记者|时间|发布");
  private static final Pattern SOURCE_QUOTES = Pattern.compile("^[《【\\[“\"]+|[》】\\]”\"，,。.;；)）]+$");
  private static final Pattern FOUR_DIGITS = Pattern.compile(".*\\d{4}.*");
  private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern LIBERAL_NAME = Pattern.compile("[\\p{L}\\p{N}&_.·-]{2,20}");
  private static final Set<String> NOT_NAMES =
      Set.of("实习生", "通讯员", "报道", "报导", "编辑", "责任编辑", "来源", "综合", "整理", "整合", "编译", "供图",
          "摄影", "发自", "记者", "采写", "撰文",
          "本报", "评论", "作者", "日期", "时间", "发布", "我们", "今天", "昨天");
  private static final Set<String> HOUSE_OUTLETS = Set.of("本报", "本刊", "本台", "本网", "本站", "我台", "我报", "特约", "首席");

  private BylineParser() {}

  /** The reporters and outlet a line credits, if it credits any. */
  public static Optional<Byline> parse(String text) {
    String line = Texts.normalize(text);
    String view = ChineseScripts.simplified(line);
    // Each pattern is tried only when the line holds a word it cannot match without: this runs on
    // every short line of every page, and most lines credit nobody.
    if (view.contains("记者") || view.contains("通讯员")) {
      Matcher reporter = REPORTER.matcher(view);
      if (reporter.find()) {
        List<String> names = chineseNames(line, view, reporter.start(2), reporter.end(2), false);
        if (names.isEmpty()) {
          names = nameBeforeDatelinePlace(line, view, reporter.start(2), reporter.end(2));
        }
        if (!names.isEmpty()) {
          return Optional.of(new Byline(names, outletBefore(line, view, reporter)));
        }
      }
    }
    boolean authorWord = view.contains("作者") || view.indexOf('撰') >= 0 || view.contains("采写")
        || view.contains("口述") || view.contains("署名");
    boolean wenWord = view.indexOf('文') >= 0;
    for (Pattern label : List.of(AUTHOR_LABEL, WEN_LABEL)) {
      if (label == AUTHOR_LABEL ? !authorWord : !wenWord) {
        continue;
      }
      Matcher m = label.matcher(view);
      if (m.find()) {
        Optional<Byline> labelled = labelledNames(line, view, m.start(1), m.end(1));
        if (labelled.isPresent()) {
          return labelled;
        }
      }
    }
    if (view.indexOf('由') >= 0) {
      Matcher posted = POSTED_BY.matcher(view);
      if (posted.find()) {
        return Optional.of(new Byline(List.of(cut(line, posted, 1)), null));
      }
    }
    // Latin letters read the same in the view; the line is what the names are cut from.
    return english(line);
  }

  /**
   * The name at the start of {@code line[from, to)} when it runs into the dateline's place ({@code
   * 王小明台北29日電}): three characters if that leaves a place of two or more, else two; a name must
   * {@link ChineseNames#looksLikeName look like one}.
   */
  private static List<String> nameBeforeDatelinePlace(String line, String view, int from, int to) {
    Matcher run = NAME_AND_PLACE_BEFORE_DAY.matcher(view).region(from, to);
    if (!run.lookingAt()) {
      return List.of();
    }
    for (int length = 3; length >= 2; length--) {
      int nameEnd = from + length;
      if (run.end() - nameEnd >= 2 && ChineseNames.looksLikeName(view.substring(from, nameEnd))) {
        return List.of(line.substring(from, nameEnd));
      }
    }
    return List.of();
  }

  /**
   * The names after an author label, {@code line[from, to)} (matched in {@code view}): one name with
   * its Latin form ({@code 周思博 (Joel Spolsky)}), or Chinese names.
   */
  private static Optional<Byline> labelledNames(String line, String view, int from, int to) {
    int start = stripStart(view, from, to);
    Matcher latin = NAME_WITH_LATIN.matcher(view).region(start, stripEnd(view, start, to));
    if (latin.find()) {
      return Optional.of(new Byline(List.of(cut(line, latin, 1) + " (" + cut(line, latin, 2) + ")"), null));
    }
    List<String> names = chineseNames(line, view, from, to, true);
    return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, null));
  }

  /**
   * A byline in brackets at either end of a long paragraph: {@code ……。（总台记者 张倩）} or
   * {@code 本报讯（记者 王小明）……}.
   */
  public static Optional<Byline> bracketedAtEnds(String text) {
    String line = Texts.normalize(text);
    String view = ChineseScripts.simplified(line);
    Matcher m = BRACKETED.matcher(view);
    while (m.find()) {
      boolean atEnd = m.start() < 40 || m.end() > line.length() - 3;
      if (atEnd && (m.group(1).contains("记者") || m.group(1).contains("通讯员"))) {
        Optional<Byline> byline = parse(cut(line, m, 1));
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
    // The separators are not Han characters, so the view splits at the same places as the line.
    List<String> names = List.of(NAME_LIST_SEPARATOR.split(line));
    List<String> read = List.of(NAME_LIST_SEPARATOR.split(ChineseScripts.simplified(line)));
    boolean plausible = ChineseNames.looksLikeName(read.get(0))
        && read.stream().allMatch(n -> n.length() <= 4 && !NOT_NAMES.contains(n));
    return plausible ? Optional.of(new Byline(names, null)) : Optional.empty();
  }

  /**
   * The person a plain {@code 编辑：} line credits (not {@code 责任编辑：}, the desk editor every
   * page of a portal names). Reprints often credit nobody else, so this is a last resort for the
   * author.
   */
  public static Optional<String> editor(String text) {
    String line = Texts.normalize(text);
    String view = ChineseScripts.simplified(line);
    if (!view.contains("编辑")) {
      return Optional.empty();
    }
    Matcher m = EDITOR.matcher(view);
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> names = chineseNames(line, view, m.start(1), m.end(1), false);
    return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }

  /** True for a forum post stamp, {@code 本贴由大卫于2005年8月12日16:12:21在〖…〗发表}. */
  public static boolean isPostStamp(String text) {
    // The stamp cannot match without 由 and, a short name later, 于 (於 in Traditional): most lines
    // lack them (自由 alone is common), so the view and the regex, which tries every position, are
    // spared.
    return text.length() <= 200 && hasPosterBeforeDate(text)
        && POSTED_BY.matcher(ChineseScripts.simplified(text)).find();
  }

  /**
   * True when some 由 is followed by 于 or 於 after two to twelve other non-space characters, as
   * {@link #POSTED_BY} needs. No 由 or 于 form changes in the Simplified view, so the text is read
   * as it is.
   */
  private static boolean hasPosterBeforeDate(String text) {
    for (int at = text.indexOf('由'); at >= 0; at = text.indexOf('由', at + 1)) {
      int name = 0;
      for (int i = at + 1; i < text.length() && name <= 12; i++) {
        char c = text.charAt(i);
        if (c == '于' || c == '於') {
          if (name >= 2) {
            return true;
          }
          break;
        }
        name += Character.isWhitespace(c) ? 0 : 1;
      }
    }
    return false;
  }

  /** The outlet a {@code 来源：} line credits. */
  public static Optional<String> source(String text) {
    String line = Texts.normalize(text);
    String view = ChineseScripts.simplified(line);
    boolean sourceWord = view.indexOf('源') >= 0 || view.contains("出处") || view.contains("转自")
        || view.contains("转载自") || Texts.containsIgnoreAsciiCase(view, "source");
    if (!sourceWord) {
      return Optional.empty();
    }
    Matcher m = SOURCE.matcher(view);
    if (!m.find() || WEB_ADDRESS.matcher(m.group(1)).matches()) {
      return Optional.empty();
    }
    int start = stripStart(view, m.start(1), m.end(1));
    String read = SOURCE_END.split(view.substring(start, stripEnd(view, start, m.end(1))))[0];
    // The quotes and stops trimmed are not Han characters: both trims cut the same characters.
    String printed = SOURCE_QUOTES.matcher(line.substring(start, start + read.length())).replaceAll("");
    read = SOURCE_QUOTES.matcher(read).replaceAll("");
    boolean plausible =
        read.length() >= 2 && read.length() <= 30 && !read.contains("://")
            && !FOUR_DIGITS.matcher(read).matches() && !CreditPlaceholders.isPlaceholder(read);
    return plausible ? Optional.of(printed) : Optional.empty();
  }

  /** The outlet named before 记者 ({@code 澎湃新闻记者}), else the agency of a dateline, or null. */
  private static String outletBefore(String line, String view, Matcher reporter) {
    String outlet = reporter.group(1);
    if (outlet != null && !HOUSE_OUTLETS.contains(outlet) && !ANY_DIGIT.matcher(outlet).matches()) {
      return cut(line, reporter, 1);
    }
    Matcher agency = AGENCY.matcher(view);
    return view.contains("电") && agency.find() ? cut(line, agency, 1) : null;
  }

  /**
   * The names in {@code line[from, to)}, read in {@code view} and cut from {@code line}: role words
   * (记者, 摄影) are left off each, and the list ends at the first word that is not a name.
   */
  private static List<String> chineseNames(String line, String view, int from, int to, boolean liberalFirst) {
    List<String> names = new ArrayList<>();
    for (int[] raw : nameTokens(view, from, to)) {
      int start = raw[0];
      int end = raw[1];
      Matcher prefix = ROLE_PREFIX.matcher(view).region(start, end);
      if (prefix.lookingAt()) {
        start = prefix.end();
      }
      Matcher suffix = ROLE_SUFFIX.matcher(view).region(start, end);
      if (suffix.find()) {
        end = suffix.start(); // anchored at $: the suffix runs to the token's end
      }
      String token = view.substring(start, end);
      if (token.isEmpty() && raw[0] != raw[1]) {
        continue;
      }
      if (CreditPlaceholders.isPlaceholder(token)) {
        break; // "作者：未知": the field credits nobody
      }
      if (CHINESE_NAME.matcher(token).matches() && !NOT_NAMES.contains(token)) {
        names.add(line.substring(start, end));
      } else if (liberalFirst && names.isEmpty() && LIBERAL_NAME.matcher(token).matches()) {
        names.add(line.substring(start, end));
        break;
      } else {
        break;
      }
    }
    return names;
  }

  /**
   * The words of {@code text[from, to)} up to the first terminator, as {start, end} indexes. When
   * that terminator is a colon, the word before it is the next field's label ({@code 作者：邵一帆
   * 发布时间：…}), not a name, and is left out.
   */
  private static List<int[]> nameTokens(String text, int from, int to) {
    Matcher end = NAME_TERMINATORS.matcher(text).region(from, to);
    boolean ended = end.find();
    int spanEnd = ended ? end.start() : to;
    boolean labelFollows = ended && (end.group().equals(":") || end.group().equals("："));
    int start = stripStart(text, from, spanEnd);
    List<int[]> tokens = split(text, start, stripEnd(text, start, spanEnd));
    if (labelFollows && tokens.size() > 1) {
      tokens.remove(tokens.size() - 1);
    }
    return tokens;
  }

  /**
   * {@code NAME_SEPARATORS.split(text.substring(from, to))} as {start, end} indexes into {@code
   * text}, with split's rules: an empty leading word when a separator opens the span, no trailing
   * empty words.
   */
  private static List<int[]> split(String text, int from, int to) {
    List<int[]> words = new ArrayList<>();
    Matcher separator = NAME_SEPARATORS.matcher(text).region(from, to);
    int wordStart = from;
    while (separator.find()) {
      words.add(new int[] {wordStart, separator.start()});
      wordStart = separator.end();
    }
    words.add(new int[] {wordStart, to});
    if (words.size() > 1) {
      while (!words.isEmpty() && last(words)[0] == last(words)[1]) {
        words.remove(words.size() - 1);
      }
    }
    return words;
  }

  private static int[] last(List<int[]> words) {
    return words.get(words.size() - 1);
  }

  /** What {@code m} matched as group {@code group}, cut from {@code line} (the text m read a view of). */
  private static String cut(String line, Matcher m, int group) {
    return line.substring(m.start(group), m.end(group));
  }

  /** The first index in [from, to) that String.strip() would keep. */
  private static int stripStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The end of [from, to) that String.strip() would keep. */
  private static int stripEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
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
