package dev.newsbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditedNamesTest {
  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "河道清淤工程昨日完工。（记者 韩思远）| 韩思远",
        "河道清淤工程昨日完工。（记者 韩思远 周乐）| 周乐",
        "新华社南宁5月3日电（记者邹晓 何青）河道清淤工程昨日完工。| 邹晓",
        "河道清淤工程昨日完工。\\n责任编辑：梁雪\\n校对：孟凡| 梁雪",
        "河道清淤工程昨日完工。\\n编辑 梁雪 责编 孟凡| 孟凡",
        "文/童欣 图/马骁\\n河道清淤工程昨日完工。| 马骁",
        "晨报记者 韩思远 北京报道 河道清淤工程昨日完工。| 韩思远",
        "河道清淤工程昨日完工。（總台記者 韓思遠）| 韓思遠",
      })
  void aNameTheTextGivesOnlyAsAMakerIsOnlyCredited(String text, String name) {
    assertThat(CreditedNames.in(lines(text)).onlyCredited(name)).isTrue();
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "区长韩思远在记者会上表示，工程昨日完工。| 韩思远",
        "见到记者前来送花，邱先生母亲欠了欠身子。| 邱先生",
        "记者了解到，韩思远已于上月离任。| 韩思远",
        "韩思远是本报记者。（记者 周乐）| 韩思远",
        "（记者 韩思远）韩思远本人也曾在这条河道边长大。| 韩思远",
        "工程昨日完工。| 韩思远",
      })
  void aNameTheTextAlsoGivesAsAnythingElseIsNotOnlyCredited(String text, String name) {
    assertThat(CreditedNames.in(lines(text)).onlyCredited(name)).isFalse();
  }

  /** A CSV row is one line: "\\n" in it stands for a line break. */
  private static String lines(String row) {
    return row.replace("\\n", "\n");
  }
}
