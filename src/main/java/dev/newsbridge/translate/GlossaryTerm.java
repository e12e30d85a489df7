package dev.newsbridge.translate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One glossary entry as users write it: {@code 布雷特·泰勒 → Bret Taylor}, a type, an optional
 * later-mention form and optional context cues ("+" first: required). Validated on creation so
 * that nothing malformed reaches the glossary file.
 *
 * @param chinese the headword, at least {@value #MIN_HEADWORD} characters (shorter ones match
 *     inside other words)
 * @param english the canonical English name
 * @param type PERSON, ORGANIZATION, PLACE, OTHER or TERM (a plain word, not an entity)
 * @param shortForm the later-mention form, or empty for the full name
 * @param cues comma-separated context cues, or empty
 */
public record GlossaryTerm(String chinese, String english, String type, String shortForm,
    String cues) {
  /** The shortest headword. */
  public static final int MIN_HEADWORD = 2;
  /** The longest value of any field, in characters. */
  public static final int MAX_FIELD = 200;
  /** The types a term may have. */
  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "PLACE", "OTHER",
      "TERM");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

  public GlossaryTerm {
    chinese = strip(chinese);
    english = strip(english);
    type = strip(type).toUpperCase(Locale.ROOT);
    shortForm = strip(shortForm);
    cues = strip(cues);
    for (String field : List.of(chinese, english, type, shortForm, cues)) {
      if (field.length() > MAX_FIELD) {
        throw new IllegalArgumentException("field longer than " + MAX_FIELD + " characters");
      }
      if (CONTROL.matcher(field).find()) {
        throw new IllegalArgumentException("tab, newline or control character in a field");
      }
    }
    if (chinese.codePointCount(0, chinese.length()) < MIN_HEADWORD) {
      throw new IllegalArgumentException("headword needs at least " + MIN_HEADWORD
          + " characters: '" + chinese + "'");
    }
    if (chinese.startsWith("#")) {
      throw new IllegalArgumentException("headword may not start with #");
    }
    if (english.isEmpty()) {
      throw new IllegalArgumentException("no English for " + chinese);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + TYPES + ": '" + type + "'");
    }
  }

  /** A term without short form or cues. */
  public GlossaryTerm(String chinese, String english, String type) {
    this(chinese, english, type, "", "");
  }

  /** The glossary file line: five tab-separated fields. */
  public String toTsv() {
    return String.join("\t", chinese, english, type, shortForm, cues);
  }

  /**
   * A term from the fields of one TSV or CSV row: chinese, english, and optionally type (default
   * PERSON), short form and cues.
   *
   * @throws IllegalArgumentException with the reason when the row is not a valid term
   */
  public static GlossaryTerm of(List<String> fields) {
    if (fields.size() < 2 || fields.size() > 5) {
      throw new IllegalArgumentException("expected 2 to 5 fields, found " + fields.size());
    }
    String type = fields.size() > 2 && !fields.get(2).isBlank() ? fields.get(2) : "PERSON";
    return new GlossaryTerm(fields.get(0), fields.get(1), type,
        fields.size() > 3 ? fields.get(3) : "", fields.size() > 4 ? fields.get(4) : "");
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
