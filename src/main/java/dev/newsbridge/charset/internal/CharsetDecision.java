package dev.newsbridge.charset.internal;

import dev.newsbridge.charset.DecodedText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One charset decision for {@link dev.newsbridge.charset.TextDecoder}: BOM, then the HTTP header's
 * label, then the document's, then detection, each label checked against the bytes (see the
 * constants for the limits). Not thread-safe; make one per body.
 */
public final class CharsetDecision {
  /**
   * Share of non-ASCII bytes a declared charset may reject and still be trusted: {@value} (0.1%);
   * real pages often carry a few broken bytes, a mislabelled page breaks on nearly every character.
   */
  public static final double TOLERATED_ERROR_RATE = 0.001;

  /** ICU confidence above which detection overrules a single-byte label: {@value}. */
  public static final int OVERRULE_SINGLE_BYTE_CONFIDENCE = 50;

  /** Decoded text with at least this many U+FFFD is checked for mojibake: {@value}. */
  public static final int MOJIBAKE_MIN_REPLACEMENTS = 3;

  /** ... and is mojibake when they are at least this share of its non-ASCII characters: {@value}. */
  public static final double MOJIBAKE_MIN_SHARE = 0.005;

  private final byte[] bytes;
  private final String contentType;
  private final List<String> warnings = new ArrayList<>();
  private final int offset;
  /** Non-ASCII bytes after the BOM, or -1 until {@link #nonAscii()} counts them. */
  private int nonAscii = -1;
  private Decoding utf8;

  public CharsetDecision(byte[] bytes, String contentType) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.offset = Bom.of(bytes).map(Bom::length).orElse(0);
  }

  /** Decides, decodes and reports. */
  public DecodedText decide() {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      return finish(Decoding.of(bytes, offset, bom.get().charset()));
    }
    Optional<Decoding> declared = fromLabel(Declarations.fromContentType(contentType), "HTTP header");
    if (declared.isEmpty()) {
      declared = fromDocumentLabel();
    }
    return finish(declared.orElseGet(this::detect));
  }

  private Optional<Decoding> fromDocumentLabel() {
    // No flatMap lambda: the launcher's class archive is trained on pages served with a charset,
    // so a lambda here was spun anew by every fresh JVM whose first page came without a header.
    Optional<Declarations.Declared> declared = Declarations.fromDocument(bytes, offset);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    return fromLabel(Optional.of(declared.get().label()), declared.get().where());
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
    if (nonAscii() > 0 && utf8().clean() && !charset.name().startsWith("UTF-16")) {
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
    if (nonAscii() == 0 || declared.charset().newEncoder().maxBytesPerChar() > 1) {
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
    // ASCII-only bytes are clean UTF-8 too.
    if (utf8().clean()) {
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
    int replacements = decoding.replacements();
    if (replacements >= MOJIBAKE_MIN_REPLACEMENTS
        && replacements >= MOJIBAKE_MIN_SHARE * countNonAscii(decoding.text())) {
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
    return decoding.clean() || decoding.errors() <= nonAscii() * TOLERATED_ERROR_RATE;
  }

  /**
   * The non-ASCII bytes after the BOM, counted on first need: a page whose UTF-8 decoding is clean
   * never needs them, and a loop over every byte is slow on a fresh JVM's first page.
   */
  private int nonAscii() {
    if (nonAscii < 0) {
      nonAscii = countNonAscii(bytes, offset);
    }
    return nonAscii;
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
}
