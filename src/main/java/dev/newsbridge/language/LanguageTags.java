package dev.newsbridge.language;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * Language tags as Newsbridge stores them: well-formed BCP 47 in canonical case (zh-tw becomes
 * zh-TW, ZH-hant zh-Hant). A source's tag matters beyond its language: its region decides how the
 * translator spells people's names (zh-TW as Taiwan spells them), so a tag kept as some other
 * reader wrote it would be read wrongly or not at all.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * The canonical form of {@code tag}, or empty when it is no well-formed BCP 47 tag naming a
   * language ("zh_TW", a Java locale name, is not; nor are "und" and the empty string). The
   * language must be an ISO 639 code of two or three letters: BCP 47's syntax also allows five to
   * eight, which no registered language uses and "Chinese" would pass.
   */
  public static Optional<String> canonical(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      int length = locale.getLanguage().length();
      return length < 2 || length > 3 || locale.getLanguage().equals("und")
          ? Optional.empty()
          : Optional.of(locale.toLanguageTag());
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /** Why {@code value} is refused, in the words every reader of a language setting uses. */
  public static String notATag(String value) {
    return "'" + value + "' is not a BCP 47 language tag such as zh or zh-TW";
  }

  /** What {@code tag} probably meant when it is a Java locale name (zh_TW): zh-TW; else empty. */
  public static Optional<String> fromLocaleName(String tag) {
    return tag.indexOf('_') >= 0 ? canonical(tag.replace('_', '-')) : Optional.empty();
  }
}
