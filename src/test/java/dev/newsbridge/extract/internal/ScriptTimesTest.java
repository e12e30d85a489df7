package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptTimesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "var ct = \"1699752600\";|1699752600|true",
        "var contentid = 15409036; var publishdate = '2019-09-26 12:11:01';|2019-09-26 12:11:01"
            + "|false",
        "window.pubDate='2023-11-20';|2023-11-20|false",
        "var PUBLISH_TIME = 1699752600;|1699752600|true",
        "var publish_time = document.getElementById('publish_time'); var ct = '1699752600';"
            + "|1699752600|true"
      })
  void anAssignmentOfAPublicationTimeIsRead(String script, String value, boolean unixSeconds) {
    assertThat(ScriptTimes.declaredIn(scripts(script)))
        .contains(new ScriptTimes.Declared(value, unixSeconds));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "var refs = [{\"site\": \"x\", \"publishDate\": \"2012-06-24\"}];",
        "var act = \"1699752600\";",
        "ct = 1699752600;",
        "var publishedBy = '2019-09-26';",
        "var publish_time = document.getElementById('publish_time');"
      })
  void dataFieldsOtherNamesAndOtherValuesAreNot(String script) {
    assertThat(ScriptTimes.declaredIn(scripts(script))).isEmpty();
  }

  private static List<Element> scripts(String code) {
    return Jsoup.parse("<html><head><script>" + code + "</script></head><body></body></html>")
        .select("script");
  }
}
