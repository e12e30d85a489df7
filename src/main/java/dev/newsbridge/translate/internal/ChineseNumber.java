package dev.newsbridge.translate.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reads numbers written in Arabic digits or Chinese numerals (三十五, 两千零五, 五点五, 1,200) and
 * writes them the English news way: words for whole numbers under ten that Chinese wrote in
 * characters, digits otherwise, thousands separated by commas, and 万/亿 multiples above a million
 * as "2.75 trillion", "300 million".
 */
public final class ChineseNumber {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  private ChineseNumber() {}

  /** The value of {@code text}, or null when it is not a number. */
  public static BigDecimal parse(String text) {
    String t = text.replace(",", "");
    if (t.isEmpty()) {
      return null;
    }
    if (t.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      try {
        return new BigDecimal(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    int point = t.indexOf('点');
    BigDecimal whole = parseChineseInteger(point < 0 ? t : t.substring(0, point));
    if (whole == null || point < 0) {
      return whole;
    }
    StringBuilder fraction = new StringBuilder();
    for (char c : t.substring(point + 1).toCharArray()) {
      int d = digit(c);
      if (d < 0) {
        return null;
      }
      fraction.append(d);
    }
    return fraction.length() == 0 ? null : new BigDecimal(whole.toBigInteger() + "." + fraction);
  }

  private static BigDecimal parseChineseInteger(String t) {
    long total = 0;
    long section = 0;
    long number = 0;
    boolean any = false;
    for (char c : t.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        number = number * 10 + d;
        any = true;
        continue;
      }
      long unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10_000;
        case '亿' -> 100_000_000;
        default -> -1;
      };
      if (unit < 0) {
        return null;
      }
      any = true;
      if (unit >= 10_000) {
        section = (section + number) * unit;
        total += section;
        section = 0;
      } else {
        section += (number == 0 ? 1 : number) * unit;
      }
      number = 0;
    }
    return any ? BigDecimal.valueOf(total + section + number) : null;
  }

  private static int digit(char c) {
    if (c == '〇' || c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
  }

  /** True when {@code text} is written in Chinese numerals rather than digits. */
  public static boolean isChinese(String text) {
    return !text.isEmpty() && !Character.isDigit(text.charAt(0));
  }

  /**
   * The English form of {@code value}: "three" for a small whole number written in characters,
   * "2.75 trillion", "300 million", "12,000", "369.84".
   */
  public static String format(BigDecimal value, boolean writtenInCharacters) {
    BigDecimal v = value.stripTrailingZeros();
    if (writtenInCharacters && v.scale() <= 0 && v.signum() >= 0 && v.intValue() < 10) {
      return WORDS[v.intValue()];
    }
    double d = v.doubleValue();
    if (d >= 1e12) {
      return scaled(v, "1e12") + " trillion";
    }
    if (d >= 1e9) {
      return scaled(v, "1e9") + " billion";
    }
    if (d >= 1e6) {
      return scaled(v, "1e6") + " million";
    }
    return grouped(v);
  }

  private static String scaled(BigDecimal v, String unit) {
    return v.divide(new BigDecimal(unit)).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static String grouped(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
    return v.scale() > 0 && v.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 ? v.toPlainString()
        : f.format(v);
  }
}
