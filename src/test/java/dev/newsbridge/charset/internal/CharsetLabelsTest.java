package dev.newsbridge.charset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetLabelsTest {
  @ParameterizedTest(name = "{0} decodes as {1}")
  @CsvSource({
    "gb2312, GB18030",
    "GBK, GB18030",
    "x-gbk, GB18030",
    "cp936, GB18030",
    "' GB_2312-80 ', GB18030",
    "gb18030, GB18030",
    "iso-8859-1, windows-1252",
    "ISO8859-1, windows-1252",
    "us-ascii, windows-1252",
    "latin1, windows-1252",
    "utf8, UTF-8",
    "'\"utf-8\"', UTF-8",
    "big5, Big5-HKSCS",
    "shift_jis, windows-31j",
    "euc-kr, x-windows-949",
    "utf-16, UTF-16LE",
    "windows-1251, windows-1251",
    "ISO-8859-2, ISO-8859-2"
  })
  void mapsLabelsTheWhatwgWay(String label, String javaName) {
    assertThat(CharsetLabels.resolve(label)).contains(Charset.forName(javaName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"klingon-8", "", "   ", "utf-8;", "$$$", "x-user-defined-but-not"})
  void unknownLabelsResolveToNothingWithoutThrowing(String label) {
    assertThat(CharsetLabels.resolve(label)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"GBK, GB18030", "GB2312, GB18030", "ISO-8859-1, windows-1252", "UTF-8, UTF-8"})
  void remapsCharsetsJavaAlreadyKnows(String javaName, String expected) {
    assertThat(CharsetLabels.remap(Charset.forName(javaName))).isEqualTo(Charset.forName(expected));
  }
}
