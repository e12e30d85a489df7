package dev.newsbridge.charset;

import dev.newsbridge.charset.internal.Bom;
import dev.newsbridge.charset.internal.CharsetGuesser;
import dev.newsbridge.charset.internal.CharsetLabels;
import dev.newsbridge.charset.internal.Declarations;
import dev.newsbridge.charset.internal.Decoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes a web page or feed, deciding the charset itself: a byte order mark wins; then the HTTP
 * header's {@code charset}; then the document's {@code <meta>} or XML prolog; then detection (ICU4J)
 * when the labels are missing or lie. Labels are mapped the WHATWG way ({@link CharsetLabels}).
 *
 * <p>Labels are checked against the bytes, because the web lies about charsets:
 *
 * <ul>
 *   <li>bytes labelled UTF-8 that are not valid UTF-8 (a GBK page behind a server default) fall
 *       through to the next label or to detection;
 *   <li>bytes labelled with a legacy charset that are valid UTF-8 and contain non-ASCII are decoded
 *       as UTF-8 (Miniflux: "if the document is already valid UTF-8, do nothing");
 *   <li>a legacy label whose decoder rejects more than {@link #TOLERATED_ERROR_RATE} of the
 *       non-ASCII bytes is not trusted;
 *   <li>a single-byte label (e.g. iso-8859-1) on bytes that detection confidently reads as a CJK
 *       multi-byte charset is not trusted either.
 * </ul>
 *
 * <p>Nothing here throws on bad input: unknown labels and undecodable bytes become warnings. The
 * result warns about mojibake when the text holds many U+FFFD replacement characters. Stateless and
 * thread-safe.
 */
public final class TextDecoder {
  /**
   * Share of non-ASCII bytes a declared charset may reject and still be trusted: {@value} (0.1%);
   * real pages often carry a few broken bytes, a mislabelled page breaks on nearly every character.
   */
  public static final double TOLERATED_ERROR_RATE = 0.001;

  /** ICU confidence above which detection overrules a single-byte label: {@value}. */
  public static final int OVERRULE_SINGLE_BYTE_CONFIDENCE = 50;

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the raw body, not null
   * @param contentTypeHeader the HTTP {@code Content-Type} header, or null
   */
  public static DecodedText decode(byte[] bytes, String contentTypeHeader) {
    Objects.requireNonNull(bytes, "bytes");
    return new Decision(bytes, contentTypeHeader).decide();
  }

  /** The state of one decoding decision. */
  private static final class Decision {
    private final byte[] bytes;
    private final String contentType;
    private final List<String> warnings = new ArrayList<>();
    private final int offset;
    private final int nonAscii;
    private Decoding utf8;

    Decision(byte[] bytes, String contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
      this.offset = Bom.of(bytes).map(Bom::length).orElse(0);
      this.nonAscii = countNonAscii(bytes, offset);
    }

    DecodedText decide() {
      Optional<Bom> bom = Bom.of(bytes);
      if (bom.isPresent()) {
        return finish(Decoding.of(bytes, offset, bom.get().charset()));
      }
      Optional<Decoding> declared = fromLabel(Declarations.fromContentType(contentType), "HTTP header");
      if (declared.isEmpty()) {
        declared =
            Declarations.fromDocument(bytes, offset)
                .flatMap(d -> fromLabel(Optional.of(d.label()), d.where()));
      }
      return finish(declared.orElseGet(this::detect));
    }

    private Optional<Decoding> fromLabel(Optional<String> label, String where) {
      if (label.isEmpty()) {
        return Optional.empty();
      }
      Optional<Charset> charset = CharsetLabels.resolve(label.get());
      if (charset.isEmpty()) {
        warnings.add("unknown charset label '" + label.get() + "' in " + where);
        return Optional.empty();
      }
      Charset resolved = documentUtf16MeansUtf8(charset.get(), where);
      if (resolved.equals(StandardCharsets.UTF_8)) {
        return trustUtf8Label(label.get(), where);
      }
      return trustLegacyLabel(resolved, label.get(), where);
    }

    /** WHATWG: a document that can declare UTF-16 in ASCII is not UTF-16. */
    private static Charset documentUtf16MeansUtf8(Charset charset, String where) {
      boolean utf16 = charset.name().startsWith("UTF-16");
      return utf16 && !"HTTP header".equals(where) ? StandardCharsets.UTF_8 : charset;
    }

    private Optional<Decoding> trustUtf8Label(String label, String where) {
      if (tolerable(utf8())) {
        return Optional.of(utf8());
      }
      warnings.add(
          "declared '" + label + "' in " + where + " but the bytes are not valid UTF-8 ("
              + utf8().errors() + " bad sequences)");
      return Optional.empty();
    }

    private Optional<Decoding> trustLegacyLabel(Charset charset, String label, String where) {
      if (nonAscii > 0 && utf8().clean() && !charset.name().startsWith("UTF-16")) {
        warnings.add("declared '" + label + "' in " + where + " but the bytes are valid UTF-8");
        return Optional.of(utf8());
      }
      Decoding decoding = Decoding.of(bytes, offset, charset);
      if (!tolerable(decoding)) {
        warnings.add(
            "declared '" + label + "' in " + where + " but " + decoding.errors()
                + " byte sequences are not valid " + charset.name());
        return Optional.empty();
      }
      return Optional.of(overruleSingleByte(decoding, label, where));
    }

    private Decoding overruleSingleByte(Decoding declared, String label, String where) {
      if (nonAscii == 0 || declared.charset().newEncoder().maxBytesPerChar() > 1) {
        return declared;
      }
      for (CharsetGuesser.Guess guess : CharsetGuesser.guess(bytes, offset)) {
        boolean multiByte = guess.charset().newEncoder().maxBytesPerChar() > 1;
        if (multiByte && guess.confidence() >= OVERRULE_SINGLE_BYTE_CONFIDENCE) {
          Decoding guessed = Decoding.of(bytes, offset, guess.charset());
          if (tolerable(guessed)) {
            warnings.add(
                "declared '" + label + "' in " + where + " but the bytes look like "
                    + guess.charset().name());
            return guessed;
          }
        }
      }
      return declared;
    }

    private Decoding detect() {
      if (nonAscii == 0 || utf8().clean()) {
        return utf8();
      }
      Decoding best = null;
      for (CharsetGuesser.Guess guess : CharsetGuesser.guess(bytes, offset)) {
        Decoding decoding = Decoding.of(bytes, offset, guess.charset());
        if (tolerable(decoding)) {
          return decoding;
        }
        if (best == null || decoding.errors() < best.errors()) {
          best = decoding;
        }
      }
      Decoding fallback = Decoding.of(bytes, offset, Charset.forName("windows-1252"));
      return best != null && best.errors() <= fallback.errors() ? best : fallback;
    }

    private DecodedText finish(Decoding decoding) {
      int replacements = countReplacements(decoding.text());
      if (replacements >= MojibakeGuard.MIN_REPLACEMENTS
          && replacements >= MojibakeGuard.MIN_SHARE * countNonAscii(decoding.text())) {
        warnings.add(
            "mojibake: " + replacements + " replacement characters (U+FFFD) after decoding as "
                + decoding.charset().name());
      }
      return new DecodedText(decoding.text(), decoding.charset().name(), warnings);
    }

    private Decoding utf8() {
      if (utf8 == null) {
        utf8 = Decoding.of(bytes, offset, StandardCharsets.UTF_8);
      }
      return utf8;
    }

    private boolean tolerable(Decoding decoding) {
      return decoding.errors() <= nonAscii * TOLERATED_ERROR_RATE;
    }
  }

  /** When decoded text counts as mojibake. */
  private static final class MojibakeGuard {
    /** At least this many U+FFFD: {@value}. */
    static final int MIN_REPLACEMENTS = 3;

    /** And at least this share of the non-ASCII characters: {@value} (0.5%). */
    static final double MIN_SHARE = 0.005;
  }

  private static int countNonAscii(byte[] bytes, int offset) {
    int count = 0;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        count++;
      }
    }
    return count;
  }

  private static int countNonAscii(String text) {
    return (int) text.chars().filter(c -> c >= 0x80).count();
  }

  private static int countReplacements(String text) {
    return (int) text.chars().filter(c -> c == 0xFFFD).count();
  }
}
