package dev.newsbridge.translate.internal;

import java.util.regex.Pattern;

/**
 * The placeholder form that carries a protected name through an engine: {@code ⟦12⟧}. Brackets
 * outside the Basic Latin and CJK ranges never occur in news text, and engines that rewrite them
 * as {@code [12]}, {@code 【12】} or add spaces are repaired by {@link #LENIENT}.
 */
public final class Placeholders {
  /** Exactly the form this layer writes. */
  public static final Pattern EXACT = Pattern.compile("⟦(\\d{1,4})⟧");
  /** The forms an engine may turn a placeholder into. */
  public static final Pattern LENIENT =
      Pattern.compile("[⟦\\[【〖]\\s*(\\d{1,4})\\s*[⟧\\]】〗]");

  private Placeholders() {}

  public static String of(int id) {
    return "⟦" + id + "⟧";
  }
}
