package dev.newsbridge.web.internal;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * English forms of names the original gives (reporter, outlet), taken from the translation's entity
 * list: the translator already resolved each name once for the whole article, so the page shows
 * that same spelling. A name the translation does not know has no English form here.
 */
public final class Names {
  /** Bylines list several reporters separated by spaces, commas or the Chinese 、 and ，. */
  private static final Pattern BYLINE_SEPARATORS = Pattern.compile("[\\s,，、/]+");

  private Names() {}

  /**
   * The English form of {@code original}, or null when unknown or identical. Multi-person bylines
   * are resolved name by name; a part without an English form keeps its original spelling.
   */
  public static String english(String original, Translation translation) {
    if (original == null || original.isBlank() || translation == null) {
      return null;
    }
    String whole = lookup(original.strip(), translation);
    if (whole != null) {
      return differentOrNull(original, whole);
    }
    List<String> parts = new ArrayList<>();
    boolean anyKnown = false;
    for (String part : BYLINE_SEPARATORS.split(original.strip())) {
      String english = lookup(part, translation);
      anyKnown |= english != null;
      parts.add(english != null ? english : part);
    }
    return anyKnown ? differentOrNull(original, String.join(", ", parts)) : null;
  }

  /** "Chinese" for "zh"; the code itself when Java knows no name for it. */
  public static String languageName(String code) {
    if (code == null || code.isBlank() || code.equals("und")) {
      return "an unknown language";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private static String lookup(String original, Translation translation) {
    for (Entity entity : translation.entities()) {
      if (entity.original() != null && entity.original().strip().equals(original)) {
        return entity.english();
      }
    }
    return null;
  }

  private static String differentOrNull(String original, String english) {
    return english == null || english.isBlank() || english.equals(original.strip())
        ? null
        : english;
  }
}
