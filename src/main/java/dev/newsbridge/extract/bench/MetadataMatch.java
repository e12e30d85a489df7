package dev.newsbridge.extract.bench;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The corpus README's rules for metadata: title by exact match after trimming; author by set match
 * after splitting on spaces and 、; publication time on the date, plus the time to the minute where
 * the label has one, comparing only the parts the label gives ({@code 2018}, {@code 1998-3}).
 */
public final class MetadataMatch {
  private static final Pattern LABEL_TIME =
      Pattern.compile("(\\d{4})(?:\\D+(\\d{1,2}))?(?:\\D+(\\d{1,2}))?(?:\\D+(\\d{1,2})\\D+(\\d{1,2}))?");

  private MetadataMatch() {}

  public static boolean title(String label, String extracted) {
    return extracted != null && label.strip().equals(extracted.strip());
  }

  public static boolean author(String label, String extracted) {
    return extracted != null && names(label).equals(names(extracted));
  }

  public static boolean time(String label, OffsetDateTime extracted) {
    Matcher m = LABEL_TIME.matcher(label);
    if (extracted == null || !m.find()) {
      return false;
    }
    int[] parts = {
      extracted.getYear(), extracted.getMonthValue(), extracted.getDayOfMonth(),
      extracted.getHour(), extracted.getMinute()
    };
    for (int i = 0; i < parts.length; i++) {
      String part = m.group(i + 1);
      if (part != null && Integer.parseInt(part) != parts[i]) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> names(String value) {
    return Arrays.stream(value.strip().split("[\\s、]+"))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
