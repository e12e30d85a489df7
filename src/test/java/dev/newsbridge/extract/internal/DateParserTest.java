package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  /** 2023-11-21 10:00 in Beijing. */
  private static final Instant FETCHED_AT = Instant.parse("2023-11-21T02:00:00Z");

  private final DateParser beijing = new DateParser(FETCHED_AT, ZoneOffset.ofHours(8));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-11-20 09:15|2023-11-20T09:15+08:00",
        "2023-11-20 09:15:30|2023-11-20T09:15:30+08:00",
        "2023年11月20日 09:15|2023-11-20T09:15+08:00",
        "2023年11月20日09:15|2023-11-20T09:15+08:00",
        "2023年11月20日 星期一 09:15|2023-11-20T09:15+08:00",
        "2023年11月20日 下午3:05|2023-11-20T15:05+08:00",
        "2023/11/20|2023-11-20T00:00+08:00",
        "2023.11.20 08:00|2023-11-20T08:00+08:00",
        "2005-5-7 21:23:57|2005-05-07T21:23:57+08:00",
        "发布时间：2023-11-20 09:15 来源：新华社|2023-11-20T09:15+08:00",
        "2023-11-20T09:15:00+08:00|2023-11-20T09:15+08:00",
        "2023-11-20T01:15:00Z|2023-11-20T01:15Z",
        "2023-11-20T09:15:00.123-0500|2023-11-20T09:15:00.123-05:00",
        "2023-11-20T09:15|2023-11-20T09:15+08:00",
        "2023-11-20|2023-11-20T00:00+08:00",
        "'Mon, 20 Nov 2023 01:15:00 GMT'|2023-11-20T01:15Z",
        "'November 20, 2023'|2023-11-20T00:00+08:00",
        "'Nov. 20, 2023 9:15 pm'|2023-11-20T21:15+08:00",
        "'Published 20 November 2023'|2023-11-20T00:00+08:00",
        "11月20日 09:15|2023-11-20T09:15+08:00",
        "12月25日 09:15|2022-12-25T09:15+08:00",
        "——《示例月刊》1998年3月号|1998-03-01T00:00+08:00"
      })
  void readsAbsoluteTimes(String text, String expected) {
    assertThat(beijing.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3小时前|2023-11-21T07:00+08:00",
        "25分钟前|2023-11-21T09:35+08:00",
        "2天前|2023-11-19T10:00+08:00",
        "刚刚|2023-11-21T10:00+08:00",
        "昨天 10:20|2023-11-20T10:20+08:00",
        "前天 08:05|2023-11-19T08:05+08:00",
        "今天 07:30|2023-11-21T07:30+08:00",
        "5 hours ago|2023-11-21T05:00+08:00",
        "昨天|2023-11-20T00:00+08:00",
        "前天|2023-11-19T00:00+08:00"
      })
  void readsRelativeTimesAgainstTheFetchTime(String text, String expected) {
    assertThat(beijing.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  /** Taiwan and Hong Kong pages print the Chinese forms in Traditional characters. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "發佈時間：2023年11月19日 18:30|2023-11-19T18:30+08:00",
        "2023年11月20日 週一 09:15|2023-11-20T09:15+08:00",
        "2023年11月20日 下午3時05分|2023-11-20T15:05+08:00",
        "3小時前|2023-11-21T07:00+08:00",
        "25分鐘前|2023-11-21T09:35+08:00",
        "剛剛|2023-11-21T10:00+08:00",
        "——《示例月刊》1998年3月號|1998-03-01T00:00+08:00"
      })
  void readsTraditionalForms(String text, String expected) {
    assertThat(beijing.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  /**
   * Taiwan also counts years from 1912, the Republic's first (民國113年 is 2024), in dates some of
   * its outlets and every government page print.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "民國112年11月20日 09:15|2023-11-20T09:15+08:00",
        "中華民國112年11月20日|2023-11-20T00:00+08:00",
        "發佈日期：112年11月20日 下午3時05分|2023-11-20T15:05+08:00",
        "民國99年3月29日|2010-03-29T00:00+08:00"
      })
  void readsTaiwansRepublicYears(String text, String expected) {
    assertThat(beijing.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"公元113年3月29日", "西元113年3月29日", "99年3月29日", "民國113年11月20日"})
  void readsNoRepublicYearWhereNoneIsMeantOrInTheFuture(String text) {
    // A year of the common era, a two-digit year without 民國 (99 may be 1999), a date to come.
    assertThat(beijing.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "没有日期", "2023-13-40 25:99", "1899-01-01", "2099-01-01 10:00", "电话：010-8448 8961",
        "第3页/共5页"
      })
  void findsNoTimeWhereThereIsNone(String text) {
    assertThat(beijing.parse(text)).isEmpty();
  }

  @Test
  void usesTheGivenDefaultOffsetForEnglishPages() {
    DateParser utc = new DateParser(FETCHED_AT, ZoneOffset.UTC);

    assertThat(utc.parse("2023-11-20 09:15")).contains(OffsetDateTime.parse("2023-11-20T09:15Z"));
  }

  @Test
  void unixSecondsAreReadInThePagesOffset() {
    assertThat(beijing.ofEpochSecond(1699752600L))
        .contains(OffsetDateTime.parse("2023-11-12T09:30+08:00"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {0L, 599_616_000L, 1_700_700_000L})
  void unixSecondsBefore1990OrAfterTheFetchAreNoPublicationTime(long seconds) {
    assertThat(beijing.ofEpochSecond(seconds)).isEmpty();
  }
}
