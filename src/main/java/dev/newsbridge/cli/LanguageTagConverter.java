package dev.newsbridge.cli;

import dev.newsbridge.language.LanguageTags;
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
    return LanguageTags.canonical(value).orElseThrow(() -> {
      String hint = LanguageTags.fromLocaleName(value)
          .map(meant -> " (did you mean " + meant + "?)").orElse("");
      return new TypeConversionException(LanguageTags.notATag(value) + hint);
    });
  }
}
