package dev.newsbridge.translate.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record set in one clause, 创(下) … 新高/新低, as English news writes it: 创近五年新高 "hit a
 * five-year high", 创历史新低 "hit a record low", 创新高 "hit a new high" (the gloss read
 * "initiate near five years new high"). 创新 is also "innovation": a bare 创新高 is a record only
 * where the clause ends after it, so 创新高地 (an innovation hub) and 创新高质量 keep their reading.
 */
final class RecordHighs {
  private static final Map<String, String> UNITS =
      Map.of("年", "year", "个月", "month", "月", "month", "周", "week", "日", "day", "天", "day");

  /** 创 or 创下, what the record is measured against, 新高 or 新低. */
  static final Pattern RECORD = Pattern.compile("创(?<verb>[下出])?(?:"
      + "(?<history>历史)|(?<listing>上市(?:以来)?)|(?<season>同期)|(?<multi>多年(?:来|以来)?)"
      + "|近?(?<n>\\d{1,3}|[一二三四五六七八九十两]{1,3})(?<unit>个月|年|月|周|日|天)(?:来|以来)?)?"
      + "的?新(?<dir>高|低)(?![度地质效校层端])");
  /** Where a bare 创新高 must stand: before the end of the clause. */
  private static final Pattern CLAUSE_END = Pattern.compile("$|[，。！？、；：”\"’）)\\s了]");

  private RecordHighs() {}

  /** The English of the record {@code m} matched in {@code text}, or null where it is none. */
  static String english(Matcher m, String text) {
    String dir = m.group("dir").equals("高") ? "high" : "low";
    if (m.group("n") != null) {
      String span = number(m.group("n")) + "-" + UNITS.get(m.group("unit"));
      return "hit " + (startsWithVowelSound(span) ? "an " : "a ") + span + " " + dir;
    }
    if (m.group("history") != null) {
      return "hit a record " + dir;
    }
    if (m.group("listing") != null) {
      return "hit a new " + dir + " since listing";
    }
    if (m.group("season") != null) {
      return "hit a record " + dir + " for the time of year";
    }
    if (m.group("multi") != null) {
      return "hit a multi-year " + dir;
    }
    boolean bare = m.group("verb") == null && m.end() - m.start() == 3;
    return bare && !CLAUSE_END.matcher(text).region(m.end(), text.length()).lookingAt()
        ? null : "hit a new " + dir;
  }

  /** As {@link ChineseNumber} writes a count: "five" for 五, "10" for 10 and 十. */
  private static String number(String n) {
    return ChineseNumber.format(ChineseNumber.parse(n), ChineseNumber.isChinese(n));
  }

  /** "an eight-year", "an 18-month", "an 11-day": a vowel sound, whether in words or digits. */
  private static boolean startsWithVowelSound(String span) {
    return span.startsWith("e") || span.startsWith("8") || span.startsWith("11-")
        || span.startsWith("18-");
  }
}
