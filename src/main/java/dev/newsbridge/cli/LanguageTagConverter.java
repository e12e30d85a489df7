package dev.newsbridge.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --language}-style option as a BCP 47 tag in its canonical form (zh-tw becomes
 * zh-TW). A malformed tag is refused with what was probably meant: zh_TW, a Java locale name,
 * would otherwise be kept and its region, which decides how names are spelled, never read.
 */
final class LanguageTagConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      String tag = new Locale.Builder().setLanguageTag(value).build().toLanguageTag();
      if (tag.isEmpty() || tag.equals("und")) {
        throw new IllformedLocaleException("empty");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      String hint = value.contains("_") ? " (did you mean " + value.replace('_', '-') + "?)" : "";
      throw new TypeConversionException(
          "'" + value + "' is not a BCP 47 language tag such as zh or zh-TW" + hint);
    }
  }
}
