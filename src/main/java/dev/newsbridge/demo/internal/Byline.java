package dev.newsbridge.demo.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The ways news pages print who wrote an article and when. Each article file names one, so the
 * extractor meets every common form: the mainland's, Taiwan's and an English daily's.
 */
public enum Byline {
  /** {@code 2023-11-20 09:15 来源：澄观新闻 记者 胡含嫣} on one line. */
  SOURCE_LINE,
  /** {@code 澄观新闻记者 胡含嫣} above {@code 2023-11-22 15:20 来源：澄观新闻}. */
  REPORTER_ABOVE,
  /** {@code 2023年11月21日 14:30 来源：望川日报}; the body opens {@code 本报讯（记者 梁静秋）}. */
  BENBAO,
  /** {@code 作者：邵一帆　发布时间：2023-11-23 06:30:00　来源：望川日报}. */
  AUTHOR_TIME,
  /** Taiwan's byline line {@code 記者黃怡君／台北報導} above {@code 2023/11/22 18:40}. */
  REPORTER_CITY,
  /** {@code 2023/12/13 17:30}; the body opens {@code 〔記者吳宗翰／台北報導〕}, as Taipei dailies print it. */
  BRACKETED_LEAD,
  /** {@code By Megan Hollis} above {@code November 22, 2023, 4:05 p.m.}, as English papers do. */
  BY_REPORTER,
  /** As {@link #BY_REPORTER}; the body opens with the city's dateline, {@code KESTREL BAY — }. */
  BY_REPORTER_DATELINE;

  /** Where the Taipei paper's reporters file from; every demo article of it is local. */
  private static final String TAIPEI_DESK = "／台北報導";

  /** Where the English daily's local reports are filed from, in the capitals of a dateline. */
  private static final String KESTREL_BAY_DATELINE = "KESTREL BAY — ";

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
  private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a", java.util.Locale.US);

  /** The byline as the page prints it, one entry per visual line, plain text. */
  public List<String> lines(String outlet, String reporter, OffsetDateTime at) {
    return switch (this) {
      case SOURCE_LINE -> List.of(MINUTES.format(at) + " 来源：" + outlet + " 记者 " + reporter);
      case REPORTER_ABOVE ->
          List.of(outlet + "记者 " + reporter, MINUTES.format(at) + " 来源：" + outlet);
      case BENBAO -> List.of(CHINESE.format(at) + " 来源：" + outlet);
      case AUTHOR_TIME ->
          List.of("作者：" + reporter + "　发布时间：" + SECONDS.format(at) + "　来源：" + outlet);
      case REPORTER_CITY -> List.of("記者" + reporter + TAIPEI_DESK, SLASHES.format(at));
      case BRACKETED_LEAD -> List.of(SLASHES.format(at));
      case BY_REPORTER, BY_REPORTER_DATELINE -> List.of("By " + reporter, englishTime(at));
    };
  }

  /** What the first body paragraph starts with: the dateline of a local daily, or nothing. */
  public String leadPrefix(String reporter) {
    return switch (this) {
      case BENBAO -> "本报讯（记者 " + reporter + "）";
      case BRACKETED_LEAD -> "〔記者" + reporter + TAIPEI_DESK + "〕";
      case BY_REPORTER_DATELINE -> KESTREL_BAY_DATELINE;
      default -> "";
    };
  }

  /** {@code November 22, 2023, 4:05 p.m.}: the style guides' "p.m.", not Java's "PM". */
  private static String englishTime(OffsetDateTime at) {
    return ENGLISH.format(at).replace("AM", "a.m.").replace("PM", "p.m.");
  }

  static Byline ofKey(String key) {
    return valueOf(key.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
  }
}
