package dev.newsbridge.charset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The errors and U+FFFD counts candidate charsets are compared and pages are warned by. */
class DecodingTest {
  private static final byte[] SPELLED_REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  @Test
  void utf8ErrorsLeaveOutTheReplacementCharactersTheBytesSpellOut() {
    byte[] bytes = concat("a".getBytes(StandardCharsets.UTF_8), SPELLED_REPLACEMENT,
        new byte[] {'b', (byte) 0xFF, 'c'});

    Decoding decoding = Decoding.of(bytes, 0, StandardCharsets.UTF_8);

    assertThat(decoding.text()).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(decoding.errors()).isEqualTo(1);
    assertThat(decoding.replacements()).isEqualTo(2);
  }

  @Test
  void cleanTextHasNeitherErrorsNorReplacements() {
    Decoding latin = Decoding.of("café".getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);
    Decoding chinese =
        Decoding.of("“记者”王小明".getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);

    assertThat(latin.clean()).isTrue();
    assertThat(latin.replacements()).isZero();
    assertThat(chinese.clean()).isTrue();
    assertThat(chinese.replacements()).isZero();
  }

  @Test
  void replacementsAreCountedAtBothEndsOfTheText() {
    assertThat(Decoding.countReplacements("\uFFFD中\uFFFD\uFFFD")).isEqualTo(3);
    assertThat(Decoding.countReplacements("plain ASCII")).isZero();
    assertThat(Decoding.countReplacements("")).isZero();
  }

  @Test
  void legacyDecodingsCountTheirReplacementsToo() {
    byte[] gbk = "城市\uFFFD".getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] broken = concat(gbk, new byte[] {(byte) 0x81}); // a lead byte without its trail

    Decoding decoding = Decoding.of(broken, 0, java.nio.charset.Charset.forName("GB18030"));

    assertThat(decoding.errors()).isEqualTo(1);
    assertThat(decoding.replacements()).isEqualTo(2);
  }

  @Test
  void utf8ErrorsAreWhatAReportingDecoderCountsOnRandomBytes() {
    Random random = new Random(20240611);
    for (int round = 0; round < 2000; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        switch (random.nextInt(4)) {
          case 0 -> out.writeBytes("ab".getBytes(StandardCharsets.UTF_8));
          case 1 -> out.writeBytes("中€".getBytes(StandardCharsets.UTF_8));
          case 2 -> out.writeBytes(SPELLED_REPLACEMENT);
          default -> out.write(0x80 + random.nextInt(0x80));
        }
      }
      byte[] bytes = out.toByteArray();

      Decoding decoding = Decoding.of(bytes, 0, StandardCharsets.UTF_8);

      assertThat(decoding.errors()).as("errors in %s", hex(bytes)).isEqualTo(reportedErrors(bytes));
      assertThat(decoding.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** Malformed sequences as a reporting decoder finds them, one by one. */
  private static int reportedErrors(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    int errors = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        return errors;
      }
      errors++;
      in.position(in.position() + result.length());
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X ", b));
    }
    return hex.toString().strip();
  }
}
