package dev.newsbridge.charset.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark at the start of a body; it outranks every declared charset (WHATWG). */
public enum Bom {
  UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
  UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

  private final Charset charset;
  private final int[] signature;

  Bom(Charset charset, int... signature) {
    this.charset = charset;
    this.signature = signature;
  }

  /** The BOM {@code bytes} start with, if any. */
  public static Optional<Bom> of(byte[] bytes) {
    for (Bom bom : values()) {
      if (bom.matches(bytes)) {
        return Optional.of(bom);
      }
    }
    return Optional.empty();
  }

  public Charset charset() {
    return charset;
  }

  /** How many bytes the mark takes. */
  public int length() {
    return signature.length;
  }

  private boolean matches(byte[] bytes) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
