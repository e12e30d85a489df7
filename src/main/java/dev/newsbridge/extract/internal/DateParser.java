package dev.newsbridge.extract.internal;

import dev.newsbridge.text.ChineseScripts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication time out of a piece of text: ISO 8601 and RFC 1123 stamps, Chinese forms
 * ({@code 2023-11-20 09:15}, {@code 2023年11月20日 09:15}, {@code 2023/11/20}, {@code 11月20日 09:15},
 * Taiwan's Republic years: {@code 民國112年11月20日}),
 * English ones ({@code November 20, 2023 9:15 am}, {@code 20 Nov 2023}), magazine issues ({@code
 * 1998年3月号}, the first of the month), and relative ones against
 * the fetch time ({@code 3小时前}, {@code 昨天 10:20}, {@code 刚刚}, {@code 5 hours ago}).
 *
 * <p>A time without a zone gets the page's default offset (+08:00 for Chinese pages, chosen by the
 * caller). Dates before {@value #MIN_YEAR} or after the fetch time plus a day are rejected as not
 * publication times. Immutable and thread-safe.
 */
public final class DateParser {
  /** Earliest year accepted: {@value}. */
  public static final int MIN_YEAR = 1990;

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern ISO_DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern RFC_1123 =
      Pattern.compile("(?s)\\s*[A-Za-z]{3},\\s+\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}.*");
  /** An optional time of day after a date: part of the day, hour, minute, second (4 groups). */
  private static final String TIME_OF_DAY =
      "(?:\\s*(?:[T\\s,]|星期.|周.)*\\s*(上午|下午|晚上|早上|凌晨|中午)?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?!\\d)"
          + "(?:\\s*[:：分]\\s*(\\d{2})(?!\\d))?)?";
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)\\s*日?"
              + TIME_OF_DAY);
  /**
   * A date in Taiwan's Republic years ({@code 民國112年11月20日}, {@code 112年11月20日}: 2023): a
   * three-digit year, or a two-digit one after 民国 (a bare 99年 may be 1999); not after 公元 or
   * 西元, which mark years of the common era.
   */
  private static final Pattern REPUBLIC =
      Pattern.compile(
          "(?:民国\\s*(\\d{2,3})|(?<![\\d元前])(\\d{3}))\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
              + TIME_OF_DAY);
  /** The Republic's first year, 1912, is its year 1: {@value}. */
  private static final int REPUBLIC_YEAR_ZERO = 1911;
  private static final Pattern MONTH_DAY_ZH =
      Pattern.compile(
          "(?<![\\d年])(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2})[:：](\\d{2})(?!\\d))?");
  /** A magazine issue credit, {@code 《北京之春》1998年3月号}: the first of that month. */
  private static final Pattern MONTH_ISSUE = Pattern.compile("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月号");
  private static final Pattern RELATIVE_AGO =
      Pattern.compile(
          "(\\d{1,3})\\s*(秒|分钟|小时|天|周|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s*(?:前|ago)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_DAY =
      Pattern.compile("(今天|昨天|前天)\\s*(\\d{1,2})[:：](\\d{2})(?!\\d)");
  /** Tried with matches(): the whole line. */
  private static final Pattern JUST_NOW = Pattern.compile("\\s*(刚刚|just now)\\s*", Pattern.CASE_INSENSITIVE);
  /** A bare day word, as WeChat prints it: {@code 昨天} (midnight of that day); the whole line. */
  private static final Pattern BARE_DAY = Pattern.compile("\\s*(今天|昨天|前天)\\s*");
  private static final String MONTHS =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String CLOCK =
      "(?:\\s*(?:,|at|-|–|\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?";
  /** What the English patterns cannot match without: a month's first three letters. */
  private static final Keywords MONTH_NAMES =
      Keywords.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Pattern ENGLISH_MDY =
      Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + CLOCK,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGLISH_DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})" + CLOCK,
          Pattern.CASE_INSENSITIVE);

  private final Instant fetchedAt;
  private final ZoneOffset defaultOffset;

  public DateParser(Instant fetchedAt, ZoneOffset defaultOffset) {
    this.fetchedAt = fetchedAt;
    this.defaultOffset = defaultOffset;
  }

  /**
   * {@code seconds} since the Unix epoch in the page's offset, if it lies after 1990 and no later
   * than a day after the fetch (a script's counter or id is no publication time).
   */
  public Optional<OffsetDateTime> ofEpochSecond(long seconds) {
    Instant at = Instant.ofEpochSecond(seconds);
    if (at.isBefore(EARLIEST_EPOCH_TIME) || at.isAfter(fetchedAt.plus(1, ChronoUnit.DAYS))) {
      return Optional.empty();
    }
    return Optional.of(at.atOffset(defaultOffset));
  }

  private static final Instant EARLIEST_EPOCH_TIME = Instant.parse("1990-01-01T00:00:00Z");

  /** The first publication time found in {@code text}, if any. */
  public Optional<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // The Chinese forms are written in Simplified characters: 時, 週, 小時, 分鐘 and 剛剛 read as
    // 时, 周, 小时, 分钟 and 刚刚 in the view.
    return parseSimplified(ChineseScripts.simplified(text));
  }

  /** As {@link #parse}, for a text already in Simplified characters (a line's view). */
  Optional<OffsetDateTime> parseSimplifiedText(String view) {
    return view.isBlank() ? Optional.empty() : parseSimplified(view);
  }

  /** As {@link #parse}, for a non-blank text in Simplified characters. */
  private Optional<OffsetDateTime> parseSimplified(String text) {
    // Each form is tried only when the text holds what it cannot match without (a digit run, a
    // hyphen, 月): this runs on many lines of every page and most of them hold no date at all.
    // [0-9] is what \\d means here (no UNICODE_CHARACTER_CLASS).
    int digits = longestDigitRun(text);
    if (digits == 0) {
      return relative(text, false).filter(this::plausible);
    }
    boolean year = digits >= 4;
    boolean hyphen = text.indexOf('-') >= 0;
    boolean month = text.indexOf('月') >= 0;
    return (year && hyphen ? iso(text) : Optional.<OffsetDateTime>empty())
        .or(() -> year && text.indexOf(',') >= 0 ? rfc1123(text) : Optional.empty())
        .or(() -> year ? numeric(text) : Optional.empty())
        .or(() -> year && MONTH_NAMES.foundInIgnoringAsciiCase(text)
            ? english(text, ENGLISH_MDY, 2, 1) : Optional.empty())
        .or(() -> year && MONTH_NAMES.foundInIgnoringAsciiCase(text)
            ? english(text, ENGLISH_DMY, 1, 2) : Optional.empty())
        .or(() -> relative(text, true))
        .or(() -> month ? republic(text) : Optional.empty())
        .or(() -> month ? monthDay(text) : Optional.empty())
        .or(() -> year && month ? monthIssue(text) : Optional.empty())
        .filter(this::plausible);
  }

  /**
   * The longest run of ASCII digits in {@code text}, counted up to 4 (a year's length: all the
   * forms ask is none, fewer, or a year's worth).
   */
  private static int longestDigitRun(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length() && longest < 4; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private Optional<OffsetDateTime> iso(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.find()) {
      return isoDateOnly(text);
    }
    try {
      LocalDateTime local = isoLocal(m.group(1), m.group(2));
      ZoneOffset offset = m.group(3) == null ? defaultOffset : ZoneOffset.of(normalizeOffset(m.group(3)));
      return Optional.of(local.atOffset(offset));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code LocalDateTime.parse(date + "T" + time)} for the forms ISO matches ({@code yyyy-MM-dd},
   * {@code HH:mm[:ss[.fraction]]}) without the formatter machinery, which is slow; out-of-range
   * fields throw {@link DateTimeException} the same way.
   */
  private static LocalDateTime isoLocal(String date, String time) {
    int nanos = 0;
    if (time.length() > 9) {
      String fraction = time.substring(9);
      nanos = Integer.parseInt((fraction + "00000000").substring(0, 9));
    }
    return LocalDateTime.of(
        Integer.parseInt(date, 0, 4, 10),
        Integer.parseInt(date, 5, 7, 10),
        Integer.parseInt(date, 8, 10, 10),
        Integer.parseInt(time, 0, 2, 10),
        Integer.parseInt(time, 3, 5, 10),
        time.length() >= 8 ? Integer.parseInt(time, 6, 8, 10) : 0,
        nanos);
  }

  private Optional<OffsetDateTime> isoDateOnly(String text) {
    String t = text.strip();
    if (ISO_DATE_ONLY.matcher(t).matches()) {
      return at(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
          Integer.parseInt(t.substring(8, 10)), LocalTime.MIDNIGHT);
    }
    return Optional.empty();
  }

  private static String normalizeOffset(String offset) {
    if ("Z".equals(offset)) {
      return "Z";
    }
    return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
  }

  private Optional<OffsetDateTime> rfc1123(String text) {
    if (!RFC_1123.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> numeric(String text) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      Optional<OffsetDateTime> date = dateAndTime(m, Integer.parseInt(m.group(1)), 2);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private Optional<OffsetDateTime> republic(String text) {
    if (text.indexOf('年') < 0) {
      return Optional.empty();
    }
    Matcher m = REPUBLIC.matcher(text);
    while (m.find()) {
      String year = m.group(1) != null ? m.group(1) : m.group(2);
      Optional<OffsetDateTime> date =
          dateAndTime(m, REPUBLIC_YEAR_ZERO + Integer.parseInt(year), 3).filter(this::plausible);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The date {@code year} and the month and day in {@code m}'s groups from {@code monthGroup},
   * followed by {@link #TIME_OF_DAY}'s groups.
   */
  private Optional<OffsetDateTime> dateAndTime(Matcher m, int year, int monthGroup) {
    String partOfDay = m.group(monthGroup + 2);
    String hourText = m.group(monthGroup + 3);
    int hour = hourText == null ? 0 : Integer.parseInt(hourText);
    if (partOfDay != null && (partOfDay.equals("下午") || partOfDay.equals("晚上")) && hour < 12) {
      hour += 12;
    }
    int month = Integer.parseInt(m.group(monthGroup));
    int day = Integer.parseInt(m.group(monthGroup + 1));
    return at(year, month, day, time(hour, m.group(monthGroup + 4), m.group(monthGroup + 5)));
  }

  private Optional<OffsetDateTime> english(String text, Pattern pattern, int dayGroup, int monthGroup) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = monthNumber(m.group(monthGroup));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    String ampm = m.group(6) == null ? "" : m.group(6).toLowerCase(Locale.ROOT).replace(".", "");
    if ("pm".equals(ampm) && hour < 12) {
      hour += 12;
    } else if ("am".equals(ampm) && hour == 12) {
      hour = 0;
    }
    return at(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(dayGroup)),
        time(hour, m.group(5), null));
  }

  private static int monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
  }

  private Optional<OffsetDateTime> relative(String text, boolean hasDigit) {
    // Most lines hold neither; "just now" needs a w, which Chinese lines rarely have.
    boolean justNow = text.contains("刚刚")
        || ((text.indexOf('w') >= 0 || text.indexOf('W') >= 0)
            && Texts.containsIgnoreAsciiCase(text, "just now"));
    if (justNow && JUST_NOW.matcher(text).matches()) {
      return Optional.of(now());
    }
    boolean dayWord = text.indexOf('天') >= 0;
    if (hasDigit && (text.indexOf('前') >= 0 || containsAgo(text))) {
      Matcher ago = RELATIVE_AGO.matcher(text);
      if (ago.find()) {
        long n = Long.parseLong(ago.group(1));
        OffsetDateTime now = now();
        String unit = ago.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(switch (unit.charAt(0)) {
          case '秒', 's' -> now.minusSeconds(n);
          case '分', 'm' -> now.minusMinutes(n);
          case '小', 'h' -> now.minusHours(n);
          case '周', 'w' -> now.minusWeeks(n);
          default -> now.minusDays(n);
        });
      }
    }
    if (!dayWord) {
      return Optional.empty();
    }
    Matcher bare = BARE_DAY.matcher(text);
    if (bare.matches()) {
      return atDate(now().toLocalDate().minusDays(daysBack(bare.group(1))), LocalTime.MIDNIGHT);
    }
    Matcher day = RELATIVE_DAY.matcher(text);
    if (hasDigit && day.find()) {
      LocalDate date = now().toLocalDate().minusDays(daysBack(day.group(1)));
      return atDate(date, time(Integer.parseInt(day.group(2)), day.group(3), null));
    }
    return Optional.empty();
  }

  /** The fetch time in the page's offset, to the minute: what relative times count back from. */
  private OffsetDateTime now() {
    return fetchedAt.atOffset(defaultOffset).truncatedTo(ChronoUnit.MINUTES);
  }

  private static boolean containsAgo(String text) {
    for (int i = text.indexOf('g'); i > 0; i = text.indexOf('g', i + 1)) {
      if (text.regionMatches(true, i - 1, "ago", 0, 3)) {
        return true;
      }
    }
    for (int i = text.indexOf('G'); i > 0; i = text.indexOf('G', i + 1)) {
      if (text.regionMatches(true, i - 1, "ago", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static int daysBack(String dayWord) {
    return switch (dayWord) {
      case "昨天" -> 1;
      case "前天" -> 2;
      default -> 0;
    };
  }

  private Optional<OffsetDateTime> monthDay(String text) {
    Matcher m = MONTH_DAY_ZH.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int hour = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    LocalTime time = time(hour, m.group(4), null);
    int year = fetchedAt.atOffset(defaultOffset).getYear();
    Optional<OffsetDateTime> thisYear =
        at(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), time);
    if (thisYear.isPresent() && thisYear.get().toInstant().isAfter(fetchedAt)) {
      return at(year - 1, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), time);
    }
    return thisYear;
  }

  private Optional<OffsetDateTime> monthIssue(String text) {
    Matcher m = MONTH_ISSUE.matcher(text);
    return m.find()
        ? at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1, LocalTime.MIDNIGHT)
        : Optional.empty();
  }

  private static LocalTime time(int hour, String minute, String second) {
    if (minute == null || hour > 23) {
      return LocalTime.MIDNIGHT;
    }
    int min = Integer.parseInt(minute);
    int sec = second == null ? 0 : Integer.parseInt(second);
    return min > 59 || sec > 59 ? LocalTime.MIDNIGHT : LocalTime.of(hour, min, sec);
  }

  private Optional<OffsetDateTime> at(int year, int month, int day, LocalTime time) {
    try {
      return atDate(LocalDate.of(year, month, day), time);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> atDate(LocalDate date, LocalTime time) {
    return Optional.of(date.atTime(time).atOffset(defaultOffset));
  }

  private boolean plausible(OffsetDateTime t) {
    return t.getYear() >= MIN_YEAR && !t.toInstant().isAfter(fetchedAt.plusSeconds(86_400));
  }
}
