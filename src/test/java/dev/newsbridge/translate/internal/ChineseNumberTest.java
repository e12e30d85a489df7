package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "三十五, 35", "两千零五, 2005", "一万五千, 15000", "三千五百, 3500", "十, 10", "十五, 15",
    "五点五, 5.5", "一亿二千万, 120000000", "369.84, 369.84", "'1,200', 1200",
  })
  void readsDigitsAndChineseNumerals(String text, String value) {
    assertThat(ChineseNumber.parse(text)).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource({
    "3, true, three", "3, false, 3", "12000, false, '12,000'", "2750000000000, false, 2.75 trillion",
    "300000000, false, 300 million", "1300000000, false, 1.3 billion", "369.84, false, 369.84",
  })
  void writesNumbersTheEnglishNewsWay(String value, boolean characters, String english) {
    assertThat(ChineseNumber.format(new BigDecimal(value), characters)).isEqualTo(english);
  }
}
