package dev.newsbridge.web.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as shown to readers: machine-readable ISO-8601 for {@code <time datetime>}, and an
 * English display form in the article's own offset (Beijing time for a Beijing outlet), with the
 * offset spelled out so nobody has to guess.
 */
public record Times(String iso, String display) {
  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  public static Times of(OffsetDateTime time) {
    String offset = time.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + time.getOffset();
    return new Times(
        time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), time.format(DISPLAY) + " " + offset);
  }
}
