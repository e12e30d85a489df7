package dev.newsbridge.translate.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the numbers of a Chinese text into exact, idiomatic English before segmentation: dates
 * (2023年11月20日 → November 20, 2023), money (369.84美元 → $369.84, 3亿元 → 300 million yuan),
 * percentages (百分之五 and 5% → 5%), 万/亿 arithmetic (2.75万亿 → 2.75 trillion), counts with
 * their measure word dropped (三个问题 → three problems) and units (5公里 → 5 kilometers).
 * Chinese numerals are converted only next to a unit, measure word, currency or percent sign,
 * so words such as 万一 or 一起 are left alone.
 */
public final class NumberRules {
  /** A run of the text: Chinese to gloss, or finished English. */
  public record Piece(String text, boolean english, boolean pluralNext) {}

  private static final String CN = "[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*";
  private static final String CN_DECIMAL = CN + "(?:点[零〇一二三四五六七八九]+)?";
  private static final String AR = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
  private static final String NUM = "(?:" + AR + "|" + CN_DECIMAL + ")";
  private static final String MD = "(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])";
  private static final String DD = "(?:\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
  /** Measure words dropped after a number: 三个问题 is "three problems". */
  private static final String CLASSIFIERS =
      "个|名|位|家|只|条|张|件|项|座|辆|架|艘|本|台|篇|份|种|所|支|批|枚|颗|头|匹|棵|片|块|根|间"
          + "|把|场|届|轮|封|层|户|双|套|例|宗|笔|首|幅|栋|尊|趟|款|顿";
  private static final Map<String, String[]> UNITS = Map.ofEntries(
      Map.entry("个月", new String[] {"month", "months"}),
      Map.entry("年", new String[] {"year", "years"}),
      Map.entry("天", new String[] {"day", "days"}),
      Map.entry("周", new String[] {"week", "weeks"}),
      Map.entry("星期", new String[] {"week", "weeks"}),
      Map.entry("小时", new String[] {"hour", "hours"}),
      Map.entry("分钟", new String[] {"minute", "minutes"}),
      Map.entry("秒", new String[] {"second", "seconds"}),
      Map.entry("岁", new String[] {"year old", "years old"}),
      Map.entry("次", new String[] {"time", "times"}),
      Map.entry("倍", new String[] {"time", "times"}),
      Map.entry("公里", new String[] {"kilometer", "kilometers"}),
      Map.entry("千米", new String[] {"kilometer", "kilometers"}),
      Map.entry("米", new String[] {"meter", "meters"}),
      Map.entry("厘米", new String[] {"centimeter", "centimeters"}),
      Map.entry("吨", new String[] {"ton", "tons"}),
      Map.entry("公斤", new String[] {"kilogram", "kilograms"}),
      Map.entry("千克", new String[] {"kilogram", "kilograms"}),
      Map.entry("人", new String[] {"person", "people"}),
      Map.entry("人次", new String[] {"visit", "visits"}),
      Map.entry("分", new String[] {"point", "points"}),
      Map.entry("股", new String[] {"share", "shares"}),
      Map.entry("平方米", new String[] {"square meter", "square meters"}),
      Map.entry("平方公里", new String[] {"square kilometer", "square kilometers"}),
      Map.entry("摄氏度", new String[] {"degree Celsius", "degrees Celsius"}),
      Map.entry("度", new String[] {"degree", "degrees"}),
      Map.entry("架次", new String[] {"sortie", "sorties"}),
      Map.entry("英尺", new String[] {"foot", "feet"}),
      Map.entry("英寸", new String[] {"inch", "inches"}),
      Map.entry("英里", new String[] {"mile", "miles"}),
      Map.entry("磅", new String[] {"pound", "pounds"}),
      Map.entry("公顷", new String[] {"hectare", "hectares"}),
      Map.entry("亩", new String[] {"mu", "mu"}));
  /** Spans of time that a written-out 一 makes "a": 一年 "a year", 一个小时 "an hour". */
  private static final java.util.Set<String> SPANS = java.util.Set.of("个月", "年", "天", "周",
      "星期", "小时", "分钟");
  private static final String UNIT_ALTERNATIVES = String.join("|", UNITS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList());
  /** 数百名 is "hundreds of", 几十 "dozens of", 上万 "tens of thousands of". */
  private static final Map<String, String> APPROXIMATE = Map.of(
      "十", "dozens of", "百", "hundreds of", "千", "thousands of", "万", "tens of thousands of",
      "十万", "hundreds of thousands of", "百万", "millions of", "千万", "tens of millions of",
      "亿", "hundreds of millions of");
  private static final String CURRENCIES =
      "美元|美金|欧元|英镑|日元|港元|港币|韩元|卢布|元人民币|人民币|亿元|元";
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  /** An English count of time as these rules write it: "10 days", "three months". */
  private static final Pattern ENGLISH_SPAN =
      Pattern.compile("\\b(?:days?|weeks?|months?|years?|hours?|minutes?)$");
  /** A date as these rules write it: "the 14th", "December 14", "2023". */
  private static final Pattern ENGLISH_DATE = Pattern.compile(
      "the \\d+(?:st|nd|rd|th)|(?:" + String.join("|", MONTHS) + ")\\b.*|\\d{4}");
  /**
   * Units of time a 后 may follow as HanLP cuts them (10天后, 数天后), with their English plural.
   */
  static final Map<String, String> SPAN_PLURALS = Map.of(
      "天", "days", "年", "years", "月", "months", "周", "weeks", "星期", "weeks");

  /**
   * 电 "cable" closing a wire dateline (新华社北京6月18日电，): the date, then the wire's dash (its
   * comma taken in); only before a comma or a parenthesised byline, so 18日电视 stays "television".
   */
  private static final String WIRE = "电(?:[，,]|(?=[（(\\s]|$))";

  /** 唯一一家 is "the only one", 周三 and 星期三 "Wednesday" (每周三次 is still "three times"). */
  private static final String NOT_A_COUNT_AFTER = "(?<!唯)(?<!星期)(?<![^每]周)(?<!^周)";
  /** 11支持 is "11 supports", not eleven sticks of 持. */
  private static final String NOT_A_MEASURE_WORD = "(?!支[持付援撑]|所[以有]|本[身土])";

  /** 11月底 is "the end of November", 3月初 "early March". */
  private static final String MONTH_PARTS = "底|初|中旬|上旬|下旬";

  /**
   * 前十月, 前三个月: the first months of a year, as economic news counts them ("Before October" was
   * 前十月). Not where 前 ends a word (提前3个月 "three months ahead", 此前) nor before a day
   * (前10月5日). The first quarters (前三季度) are glossary terms, as the quarters are.
   */
  private static final String FIRST_MONTHS =
      "(?<firsts>(?<![提此之以目空当向眼面跟生事会赛战节最从门日])前(?<fn>\\d{1,2}|十[一二]?|[一二三四五六七八九两])"
          + "个?月(?![\\d一二三四五六七八九十日号份底初中上下]))";

  private static final Pattern RULES = Pattern.compile(String.join("|", FIRST_MONTHS,
      "(?<date>(?<y>\\d{4}) ?年 ?(?<m>" + MD + ") ?月 ?(?<d>" + DD + ") ?[日号](?<wire>" + WIRE + ")?)",
      "(?<ym>(?<y2>\\d{4}) ?年 ?(?<m2>" + MD + ") ?月(?<ympart>" + MONTH_PARTS + ")?(?! ?\\d))",
      "(?<md>(?<m3>" + MD + ") ?月 ?(?<d3>" + DD + ") ?[日号](?<wire3>" + WIRE + ")?)",
      "(?<decade>(?<dy>\\d{2}|\\d{4})年代)",
      "(?<year>(?<y4>\\d{4}) ?年(?!代))",
      "(?<month>(?<m5>\\d{1,2})月份?(?<mpart>" + MONTH_PARTS + ")?(?!\\d))",
      "(?<code>(?<![\\d.])(?<cmon>1[0-2]|[1-9])[·•](?<cd>3[01]|[12]\\d|[1-9])(?![\\d.]))",
      "(?<day>(?<![\\d.])(?<dn>[1-9]|[12]\\d|3[01])[日号](?![元内]))",
      "(?<colon>(?<![\\d.])(?<ch2>[01]?\\d|2[0-3]):(?<cm2>[0-5]\\d)分(?<cabout>左右|许)?)",
      "(?<hm>(?<![\\d.])(?<hh>[01]?\\d|2[0-3])时(?:(?<mm>[0-5]?\\d)分(?:(?<ss>[0-5]?\\d)秒)?(?<about2>许)?|(?<about>许)|"
          + "(?![\\d间候代期刻段])))",
      "(?<quake>(?<![\\d.])(?<qn>\\d(?:\\.\\d)?)级(?=(?:强烈)?(?:地震|强震|余震)))",
      "(?<clock>(?<cp>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间)?(?<ch>\\d{1,2}|十[一二]?|[一二三四五六七八九两])"
          + "点(?:(?<cm>\\d{1,2}|半)分?|(?<oc>钟))?(?![零〇一二三四五六七八九]))",
      "(?<tenth>(?<!\\d)(?<tn>[一二三四五六七八九])成(?![员功为立果绩本交长就年人不了]))",
      "(?<score>(?<sa>\\d{1,3})比(?<sb>\\d{1,3})(?![\\d.]))",
      "(?<pct>百分之(?<pn>" + NUM + "))",
      "(?<approx>(?<![成千])(?:数|几|上)(?<amag>十万|百万|千万|十|百|千|万|亿)(?:" + CLASSIFIERS
          + "|(?<acur>美元|欧元|英镑|元))?(?![零〇一二两三四五六七八九十百千万亿]))",
      "(?<article>(?<=[法例》])第(?<an>" + NUM + ")条)",
      "(?<range>(?<r1>" + NUM + ")(?:到|至)(?<r2>" + NUM + ")次)",
      "(?<ordinal>第(?<on>" + NUM + ")(?<otimes>次)?(?:" + CLASSIFIERS + ")?)",
      "(?<amount>" + NOT_A_COUNT_AFTER + "(?<n>" + NUM + ") ?(?<moreBeforeMag>多|余)?(?<mag>万亿|亿|万|千)?"
          + "(?<more>多|余)?(?:(?<pctsign>[%％]|个百分点)|(?<cur>" + CURRENCIES + ")|(?<unit>"
          + UNIT_ALTERNATIVES + ")|(?<cls>" + NOT_A_MEASURE_WORD + "(?:" + CLASSIFIERS + ")))?)"));

  /** Numerals that make an adverb with 分 rather than a score: 十分 "very", 万分 "extremely". */
  private static final java.util.Set<String> ADVERBS_OF_DEGREE = java.util.Set.of("十", "万");

  private NumberRules() {}

  /** Splits {@code text} into Chinese runs and finished English numbers, in order. */
  /** Whether {@code english}, a piece these rules wrote, ends in a span of time ("10 days"). */
  static boolean endsInSpan(String english) {
    return ENGLISH_SPAN.matcher(english).find();
  }

  /** Whether {@code english}, a piece these rules wrote, is a date ("the 14th", "December 14"). */
  static boolean isDate(String english) {
    return ENGLISH_DATE.matcher(english).matches();
  }

  public static List<Piece> apply(String text) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = RULES.matcher(text);
    int last = 0;
    while (m.find()) {
      Piece english = english(m);
      if (english == null) {
        continue;
      }
      if (m.start() > last) {
        pieces.add(new Piece(text.substring(last, m.start()), false, false));
      }
      pieces.add(english);
      last = m.end();
    }
    if (last < text.length()) {
      pieces.add(new Piece(text.substring(last), false, false));
    }
    return pieces;
  }

  private static Piece english(Matcher m) {
    if (m.group("date") != null) {
      return done(month(m.group("m")) + " " + number(m.group("d")) + ", " + m.group("y")
          + (m.group("wire") != null ? " --" : ""));
    }
    if (m.group("firsts") != null) {
      return done(firstMonths(m.group("fn")));
    }
    if (m.group("ym") != null) {
      return done(partOf(m.group("ympart"), month(m.group("m2")) + " " + m.group("y2")));
    }
    if (m.group("md") != null) {
      return done(month(m.group("m3")) + " " + number(m.group("d3"))
          + (m.group("wire3") != null ? " --" : ""));
    }
    if (m.group("decade") != null) {
      String y = m.group("dy");
      return done("the " + (y.length() == 2 ? "19" + y : y) + "s");
    }
    if (m.group("year") != null) {
      return done(m.group("y4"));
    }
    if (m.group("month") != null) {
      return month(m.group("m5")) == null ? null
          : done(partOf(m.group("mpart"), month(m.group("m5"))));
    }
    if (m.group("code") != null) {
      // an incident or a day named by its date: 11·21 火灾 is the November 21 fire, 3·15 March 15
      return done(month(m.group("cmon")) + " " + m.group("cd"));
    }
    if (m.group("day") != null) {
      return done("the " + dayOrdinal(Integer.parseInt(m.group("dn")))); // 当地时间9日
    }
    if (m.group("quake") != null) {
      return done("magnitude " + m.group("qn")); // 7.8级地震 is a magnitude 7.8 earthquake
    }
    if (m.group("colon") != null) {
      // 12:03分左右 is "around 12:03" (was "12: 3 points about")
      String time = m.group("ch2") + ":" + m.group("cm2");
      return done(m.group("cabout") != null ? "around " + time : time);
    }
    if (m.group("hm") != null) {
      // 21时25分 is 21:25, 3时许 "around 03:00"
      int minute = m.group("mm") == null ? 0 : Integer.parseInt(m.group("mm"));
      String time = String.format(java.util.Locale.ROOT, "%02d:%02d",
          Integer.parseInt(m.group("hh")), minute)
          + (m.group("ss") == null ? "" : String.format(java.util.Locale.ROOT, ":%02d",
              Integer.parseInt(m.group("ss")))); // 19时8分22秒 is 19:08:22
      boolean about = m.group("about") != null || m.group("about2") != null;
      return done(about ? "around " + time : time);
    }
    if (m.group("clock") != null) {
      return clock(m);
    }
    if (m.group("score") != null) {
      return done(m.group("sa") + "-" + m.group("sb")); // 78比71 is the score "78-71"
    }
    if (m.group("tenth") != null) {
      return done(ChineseNumber.parse(m.group("tn")).multiply(BigDecimal.TEN) + "%");
    }
    if (m.group("pct") != null) {
      return done(plain(m.group("pn")) + "%");
    }
    if (m.group("approx") != null) {
      String currency = m.group("acur") == null ? "" : switch (m.group("acur")) {
        case "美元" -> " dollars";
        case "欧元" -> " euros";
        case "英镑" -> " pounds";
        default -> " yuan";
      };
      return new Piece(APPROXIMATE.get(m.group("amag")) + currency, true, currency.isEmpty());
    }
    if (m.group("range") != null) {
      // 一到两次 is "one to two times" (was "one reach two times")
      BigDecimal low = ChineseNumber.parse(m.group("r1"));
      BigDecimal high = ChineseNumber.parse(m.group("r2"));
      return low == null || high == null ? null
          : done(ChineseNumber.format(low, ChineseNumber.isChinese(m.group("r1"))) + " to "
              + ChineseNumber.format(high, ChineseNumber.isChinese(m.group("r2"))) + " times");
    }
    if (m.group("article") != null) {
      // 《监察法》第四十条, 刑法第234条: a law's article, "Article 40" (was "40th")
      BigDecimal n = ChineseNumber.parse(m.group("an"));
      return n == null ? null : done("Article " + n.toPlainString());
    }
    if (m.group("ordinal") != null) {
      // 次 is taken in (alone it read "second": 第三次 "third second"); "time" is not added, as
      // 第二次峰会 is "the second summit"
      return done(ordinal(m.group("on")));
    }
    return amount(m);
  }

  private static String partOf(String part, String month) {
    if (part == null) {
      return month;
    }
    return switch (part) {
      case "底" -> "the end of " + month;
      case "初", "上旬" -> "early " + month;
      case "中旬" -> "mid-" + month;
      default -> "late " + month;
    };
  }

  private static Piece amount(Matcher m) {
    String n = m.group("n");
    boolean chinese = ChineseNumber.isChinese(n);
    boolean hasTail = m.group("pctsign") != null || m.group("cur") != null
        || m.group("unit") != null || m.group("cls") != null;
    if (!hasTail && (chinese || m.group("mag") == null) || ChineseNumber.parse(n) == null) {
      return null;
    }
    if ("分".equals(m.group("unit")) && ADVERBS_OF_DEGREE.contains(n)) {
      return null; // 十分重要 is "very important", 万分感谢 "many thanks": no points
    }
    BigDecimal value = ChineseNumber.parse(n).multiply(magnitude(m.group("mag")));
    String written = ChineseNumber.format(value, chinese && m.group("mag") == null);
    if ((m.group("more") != null || m.group("moreBeforeMag") != null) && hasTail) {
      written = "more than " + written; // 600多个, 十余年: "more than 600", "more than ten years"
    }
    if (m.group("pctsign") != null) {
      return done(written + (m.group("pctsign").length() > 1 ? " percentage points" : "%"));
    }
    if (m.group("cur") != null) {
      String plainWritten = ChineseNumber.format(value, chinese && m.group("mag") == null);
      String lead = written.equals(plainWritten) ? "" : "more than "; // "more than $3 million"
      return done(lead + money(value, plainWritten, m.group("cur")));
    }
    boolean one = value.compareTo(BigDecimal.ONE) == 0;
    if (m.group("unit") != null) {
      if (one && chinese && SPANS.contains(m.group("unit"))) {
        String span = UNITS.get(m.group("unit"))[0];
        return done((span.startsWith("h") ? "an " : "a ") + span); // 一年 is "a year"
      }
      return done(unit(written, one, m.group("unit")));
    }
    if (m.group("cls") != null) {
      return new Piece(one && chinese ? "a" : written, true, !one);
    }
    return done(written);
  }

  /**
   * A clock time: 晚上七点 is "7 pm", 上午10点半 "10:30 am", 三点钟 "3 o'clock". A bare Chinese
   * numeral before 点 is left alone (一点 is also "a little").
   */
  private static Piece clock(Matcher m) {
    String period = m.group("cp");
    String hourText = m.group("ch");
    String minutes = m.group("cm");
    if (period == null && minutes == null && m.group("oc") == null
        && ChineseNumber.isChinese(hourText)) {
      return null;
    }
    BigDecimal parsed = ChineseNumber.parse(hourText.equals("两") ? "二" : hourText);
    if (parsed == null || parsed.intValue() > 24) {
      return null;
    }
    int hour = parsed.intValue();
    String time = String.valueOf(hour);
    if (minutes != null) {
      time += ":" + (minutes.equals("半") ? "30" : String.format("%02d", Integer.parseInt(minutes)));
    }
    if (period == null) {
      return done(minutes == null ? time + " o'clock" : time);
    }
    boolean pm = hour < 12 && (period.contains("午") && !period.equals("上午") || period.contains("晚")
        || period.equals("傍晚")) || period.equals("中午") && hour == 12;
    return done(time + (pm ? " pm" : " am"));
  }

  private static String unit(String written, boolean one, String unit) {
    if (unit.equals("次") && one) {
      return "once";
    }
    return written + " " + UNITS.get(unit)[one ? 0 : 1];
  }

  private static String money(BigDecimal value, String written, String currency) {
    if (currency.equals("亿元")) {
      return ChineseNumber.format(value.multiply(new BigDecimal("1e8")), false) + " yuan";
    }
    return switch (currency) {
      case "美元", "美金" -> "$" + written;
      case "欧元" -> "€" + written;
      case "英镑" -> "£" + written;
      case "港元", "港币" -> "HK$" + written;
      case "日元" -> written + " yen";
      case "韩元" -> written + " won";
      case "卢布" -> written + " rubles";
      default -> written + " yuan";
    };
  }

  private static BigDecimal magnitude(String mag) {
    if (mag == null) {
      return BigDecimal.ONE;
    }
    return switch (mag) {
      case "千" -> new BigDecimal("1e3");
      case "万" -> new BigDecimal("1e4");
      case "亿" -> new BigDecimal("1e8");
      default -> new BigDecimal("1e12");
    };
  }

  /** "the first 10 months", "the first three months", "the first month". */
  private static String firstMonths(String n) {
    String count = ChineseNumber.format(ChineseNumber.parse(n), ChineseNumber.isChinese(n));
    return count.equals("1") || count.equals("one") ? "the first month"
        : "the first " + count + " months";
  }

  private static String month(String m) {
    BigDecimal v = ChineseNumber.parse(m);
    return v == null || v.intValue() < 1 || v.intValue() > 12 ? null : MONTHS[v.intValue() - 1];
  }

  private static String number(String n) {
    return ChineseNumber.parse(n).toPlainString();
  }

  private static String plain(String n) {
    return ChineseNumber.format(ChineseNumber.parse(n), false);
  }

  /** A day of the month as news writes it: 1st, 2nd, 3rd, 9th, 22nd. */
  private static String dayOrdinal(int day) {
    return day + ordinalSuffix(day);
  }

  private static String ordinal(String n) {
    int v = ChineseNumber.parse(n).intValue();
    String[] words = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth"};
    if (v >= 1 && v <= 10) {
      return words[v];
    }
    return v + ordinalSuffix(v);
  }

  /** "st", "nd", "rd" or "th": 21st, 112th. */
  private static String ordinalSuffix(int v) {
    if (v % 100 >= 11 && v % 100 <= 13) {
      return "th";
    }
    return switch (v % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static Piece done(String english) {
    return new Piece(english, true, false);
  }
}
