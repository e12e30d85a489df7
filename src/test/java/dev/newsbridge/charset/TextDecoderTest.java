package dev.newsbridge.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {
  private static final String RONG_HEADLINE = "朱镕基回忆录新书发布会在上海举行";

  static byte[] fixture(String name) {
    try (InputStream in = TextDecoderTest.class.getResourceAsStream(name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class ByteOrderMark {
    @ParameterizedTest
    @CsvSource({
      "bom/utf16le-with-bom.html, UTF-16LE",
      "bom/utf16be-with-bom.html, UTF-16BE",
      "bom/utf8-with-bom-labelled-windows-1252.html, UTF-8"
    })
    void outranksEveryLabelAndIsStripped(String file, String charset) {
      DecodedText decoded = TextDecoder.decode(fixture(file), "text/html; charset=iso-8859-1");

      assertThat(decoded.charset()).isEqualTo(charset);
      assertThat(decoded.text()).startsWith("<!DOCTYPE html>").contains("Café", "résumé", "中文");
      assertThat(decoded.warnings()).isEmpty();
    }
  }

  @Nested
  class DeclaredLabels {
    @Test
    void gb2312LabelDecodesWithGb18030SoCharactersOutsideGb2312Survive() {
      DecodedText decoded =
          TextDecoder.decode(fixture("declared/gbk-page-with-rong-labelled-gb2312.html"), null);

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE).doesNotContain("\uFFFD");
    }

    @Test
    void httpHeaderGb2312IsAlsoRemapped() {
      byte[] bytes = "<p>朱镕基</p>".getBytes(Charset.forName("GBK"));

      DecodedText decoded = TextDecoder.decode(bytes, "text/html; charset=GB2312");

      assertThat(decoded.text()).isEqualTo("<p>朱镕基</p>");
      assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void metaCharsetAfterByte1024StillCounts() {
      DecodedText decoded =
          TextDecoder.decode(fixture("declared/gbk-meta-charset-after-byte-1024.html"), "text/html");

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
      assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void xGbkLabelUnknownToJavaIsMapped() {
      DecodedText decoded = TextDecoder.decode(fixture("declared/gbk-page-labelled-x-gbk.html"), null);

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
    }

    @Test
    void xmlPrologIsReadAndRemapped() {
      DecodedText decoded =
          TextDecoder.decode(fixture("declared/gbk-feed-with-xml-prolog-gb2312.xml"), null);

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
    }

    @Test
    void iso88591LabelDecodesAsWindows1252SoCurlyQuotesSurvive() {
      DecodedText decoded =
          TextDecoder.decode(
              fixture("declared/windows-1252-quotes-labelled-iso-8859-1.html"), null);

      assertThat(decoded.charset()).isEqualTo("windows-1252");
      assertThat(decoded.text()).contains("“no comment” – twice", "Café");
    }

    @Test
    void httpHeaderOutranksTheDocument() {
      byte[] bytes =
          "<meta charset=\"gbk\"><p>Ça va</p>".getBytes(Charset.forName("windows-1252"));

      DecodedText decoded = TextDecoder.decode(bytes, "text/html; charset=\"windows-1252\"");

      assertThat(decoded.text()).contains("Ça va");
    }
  }

  @Nested
  class LabelsThatLie {
    @Test
    void gbkBytesLabelledUtf8AreDetected() {
      DecodedText decoded =
          TextDecoder.decode(
              fixture("mislabelled/gbk-page-labelled-utf8.html"), "text/html; charset=utf-8");

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE, "记者 王小明");
      assertThat(decoded.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
    }

    @Test
    void gb18030BytesWithSupplementaryCharacterLabelledUtf8AreDetected() {
      DecodedText decoded =
          TextDecoder.decode(
              fixture("mislabelled/gb18030-page-with-supplementary-labelled-utf8.html"), null);

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains("王\uD842\uDFB7明");
    }

    @Test
    void utf8BytesLabelledGbkStayUtf8() {
      DecodedText decoded =
          TextDecoder.decode(
              fixture("mislabelled/utf8-page-labelled-gbk.html"), "text/html; charset=gbk");

      assertThat(decoded.charset()).isEqualTo("UTF-8");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
      assertThat(decoded.warnings()).anyMatch(w -> w.contains("valid UTF-8"));
    }

    @Test
    void gbkBytesLabelledIso88591AreReadAsChinese() {
      DecodedText decoded =
          TextDecoder.decode(fixture("mislabelled/gbk-page-labelled-iso-8859-1.html"), null);

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
    }

    @Test
    void headerThatLiesFallsBackToTheDocumentLabel() {
      byte[] bytes =
          "<meta charset=\"gb2312\"><p>城市更新座谈会在市图书馆举行。</p>".getBytes(Charset.forName("GBK"));

      DecodedText decoded = TextDecoder.decode(bytes, "text/html; charset=UTF-8");

      assertThat(decoded.text()).contains("城市更新座谈会在市图书馆举行。");
      assertThat(decoded.charset()).isEqualTo("GB18030");
    }
  }

  @Nested
  class WithoutUsableLabel {
    @ParameterizedTest
    @ValueSource(
        strings = {"mislabelled/gbk-page-without-label.html", "mislabelled/gbk-page-with-unknown-label.html"})
    void gbkBytesAreDetected(String file) {
      DecodedText decoded = TextDecoder.decode(fixture(file), "text/html; charset=klingon-8");

      assertThat(decoded.charset()).isEqualTo("GB18030");
      assertThat(decoded.text()).contains(RONG_HEADLINE);
      assertThat(decoded.warnings()).anyMatch(w -> w.contains("unknown charset label 'klingon-8'"));
    }

    @Test
    void asciiOnlyBytesAreUtf8() {
      DecodedText decoded = TextDecoder.decode("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null);

      assertThat(decoded.charset()).isEqualTo("UTF-8");
      assertThat(decoded.text()).isEqualTo("<p>plain</p>");
    }

    @Test
    void emptyBodyDecodesToEmptyText() {
      DecodedText decoded = TextDecoder.decode(new byte[0], "text/html; charset=");

      assertThat(decoded.text()).isEmpty();
    }
  }

  @Nested
  class MojibakeGuard {
    @Test
    void manyReplacementCharactersGiveAWarningNotAnException() {
      byte[] gbk = "<p>城市更新座谈会在市图书馆举行。</p>".getBytes(Charset.forName("GBK"));
      byte[] bytes = new byte[gbk.length + 3];
      bytes[0] = (byte) 0xEF; // a UTF-8 byte order mark, which outranks everything, on GBK bytes
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(gbk, 0, bytes, 3, gbk.length);

      DecodedText decoded = TextDecoder.decode(bytes, null);

      assertThat(decoded.text()).isNotEmpty();
      assertThat(decoded.warnings()).anyMatch(w -> w.startsWith("mojibake"));
    }

    @Test
    void replacementCharactersSpelledOutInCleanUtf8StillWarn() {
      // The page carries mojibake from an earlier decoding: its UTF-8 is valid, its text is not.
      byte[] bytes = "<p>\uFFFD\uFFFD\uFFFD新闻</p>".getBytes(StandardCharsets.UTF_8);

      DecodedText decoded = TextDecoder.decode(bytes, "text/html; charset=utf-8");

      assertThat(decoded.charset()).isEqualTo("UTF-8");
      assertThat(decoded.warnings()).noneMatch(w -> w.contains("not valid UTF-8"));
      assertThat(decoded.warnings())
          .containsExactly("mojibake: 3 replacement characters (U+FFFD) after decoding as UTF-8");
    }

    @Test
    void twoReplacementCharactersAreNoMojibake() {
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}; // so the bytes are read as UTF-8
      byte[] page = "<p>新闻</p>".getBytes(StandardCharsets.UTF_8);
      byte[] broken = {(byte) 0xE5, 'x', (byte) 0xFF};
      byte[] bytes = new byte[bom.length + page.length + broken.length];
      System.arraycopy(bom, 0, bytes, 0, bom.length);
      System.arraycopy(page, 0, bytes, bom.length, page.length);
      System.arraycopy(broken, 0, bytes, bom.length + page.length, broken.length);

      DecodedText decoded = TextDecoder.decode(bytes, null);

      assertThat(decoded.text()).isEqualTo("<p>新闻</p>\uFFFDx\uFFFD");
      assertThat(decoded.warnings()).noneMatch(w -> w.startsWith("mojibake"));
    }

    @Test
    void aSingleBrokenByteInALongPageIsNoMojibake() {
      StringBuilder page = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        page.append("<p>城市更新座谈会在市图书馆举行。</p>");
      }
      byte[] good = page.toString().getBytes(StandardCharsets.UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
      bytes[good.length] = (byte) 0xE5;

      DecodedText decoded = TextDecoder.decode(bytes, "text/html; charset=utf-8");

      assertThat(decoded.charset()).isEqualTo("UTF-8");
      assertThat(decoded.warnings()).noneMatch(w -> w.startsWith("mojibake"));
    }
  }
}
