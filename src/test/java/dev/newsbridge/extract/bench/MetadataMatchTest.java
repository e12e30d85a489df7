package dev.newsbridge.extract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataMatchTest {
  @ParameterizedTest(name = "label {0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2005-04-05 06:40|2005-04-05T06:40+08:00|true",
        "2005-04-05 06:40|2005-04-05T06:41+08:00|false",
        "2005-5-7 21:23:57|2005-05-07T21:23:10+08:00|true",
        "2018|2018-03-01T00:00+08:00|true",
        "1998-3|1998-03-15T00:00+08:00|true",
        "1998-3|1998-04-15T00:00+08:00|false",
        "2022-02-13|2022-02-13T23:37+08:00|true",
        "2022-02-13|2022-02-14T00:00+08:00|false"
      })
  void comparesOnlyThePartsTheLabelGives(String label, String extracted, boolean matches) {
    assertThat(MetadataMatch.time(label, OffsetDateTime.parse(extracted))).isEqualTo(matches);
  }

  @ParameterizedTest(name = "label {0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王建宏 张文攀|王建宏、张文攀|true",
        "赵延东、风笑天|赵延东 风笑天|true",
        "胡平|胡平|true",
        "胡平|胡平、李明|false"
      })
  void matchesAuthorsAsSets(String label, String extracted, boolean matches) {
    assertThat(MetadataMatch.author(label, extracted)).isEqualTo(matches);
  }
}
