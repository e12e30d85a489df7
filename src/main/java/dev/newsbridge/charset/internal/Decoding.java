package dev.newsbridge.charset.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The result of decoding bytes with one charset: the text (each malformed or unmappable sequence
 * replaced by U+FFFD) and how many such sequences there were, so candidate charsets can be compared.
 *
 * @param charset the charset used
 * @param text the decoded text
 * @param errors the number of malformed or unmappable byte sequences
 * @param replacements the number of U+FFFD in the text: the errors plus any the bytes spelled out
 */
public record Decoding(Charset charset, String text, int errors, int replacements) {

  /** Decodes {@code bytes[offset..]} with {@code charset}, counting the sequences it rejects. */
  public static Decoding of(byte[] bytes, int offset, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return utf8(bytes, offset);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(Math.max(16, in.remaining()));
    int errors = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        errors++;
        in.position(in.position() + result.length());
        out = ensureRoom(out);
        out.put('\uFFFD');
      } else if (result.isOverflow()) {
        out = grow(out);
      } else {
        break;
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    String text = out.toString();
    return new Decoding(charset, text, errors, countReplacements(text));
  }

  /**
   * UTF-8 through the JDK's String decoder, several times faster than a reporting CharsetDecoder
   * (most pages are UTF-8). It replaces each malformed sequence with one U+FFFD, exactly as the
   * loop above does, so the errors are the U+FFFD in the text minus those the bytes spelled out
   * (EF BF BD).
   */
  private static Decoding utf8(byte[] bytes, int offset) {
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    int replacements = countReplacements(text);
    // Each EF BF BD decodes to a U+FFFD of its own (no malformed sequence swallows its lead byte),
    // so a text without U+FFFD has none to subtract and the bytes need no second scan.
    int spelled = replacements == 0 ? 0 : countSpelledReplacements(bytes, offset);
    return new Decoding(StandardCharsets.UTF_8, text, replacements - spelled, replacements);
  }

  /** How many U+FFFD replacement characters {@code text} holds. */
  static int countReplacements(String text) {
    // String.indexOf(char) rather than a charAt loop: the JDK's scan is an intrinsic once compiled
    // (and returns at once on a Latin-1 string, which cannot hold U+FFFD), while a loop of ours
    // over a whole page runs interpreted on the first page a fresh JVM decodes.
    int count = 0;
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      count++;
    }
    return count;
  }

  private static int countSpelledReplacements(byte[] bytes, int offset) {
    int spelled = 0;
    for (int i = offset; i + 2 < bytes.length; i++) {
      if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
        spelled++;
      }
    }
    return spelled;
  }

  /** True when no byte sequence was rejected. */
  public boolean clean() {
    return errors == 0;
  }

  private static CharBuffer ensureRoom(CharBuffer out) {
    return out.hasRemaining() ? out : grow(out);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
