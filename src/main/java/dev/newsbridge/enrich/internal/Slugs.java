package dev.newsbridge.enrich.internal;

import dev.newsbridge.translate.ChineseLexicon;
import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs for tags: lowercase ASCII words joined by hyphens ("Sam Altman" → "sam-altman",
 * "Ren Zhengfei" → "ren-zhengfei", "D'Angelo" → "dangelo"). Accents are folded; a name with no
 * ASCII letters is written in pinyin first, so every tag gets a readable slug.
 */
public final class Slugs {
  /** Slugs are cut to this many characters, at a hyphen. */
  public static final int MAX_LENGTH = 60;

  private Slugs() {}

  public static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = asciiSlug(folded);
    if (slug.isEmpty()) {
      slug = asciiSlug(ChineseLexicon.pinyin(folded));
    }
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
    return slug.isEmpty() ? "tag" : slug;
  }

  private static String asciiSlug(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }
}
