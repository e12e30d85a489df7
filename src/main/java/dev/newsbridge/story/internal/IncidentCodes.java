package dev.newsbridge.story.internal;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incidents a Chinese report names by their date code: a major accident or disaster is called
 * by its month and day in quotes (“11·21”特别重大火灾, “7·20”特大暴雨, “3·21”东航事故). Reports of two
 * look-alike fires share nearly every word but their codes, so two reports that name incidents and
 * share none are about different ones. The quotes and the middle dot are required: without quotes a
 * “month·day” is as often a score, and “3.5” in quotes a figure.
 */
public final class IncidentCodes {
  /** No incident named. */
  public static final int[] NONE = {};

  private static final Pattern CODE =
      Pattern.compile("[“\"‘'「『]\\s*(\\d{1,2})\\s*[·•・‧]\\s*(\\d{1,2})\\s*[”\"’'」』]");

  private IncidentCodes() {}

  /** The codes {@code text} names, each as month × 100 + day, sorted. */
  public static int[] of(String text) {
    Matcher m = CODE.matcher(text);
    int[] codes = NONE;
    while (m.find()) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        codes = Arrays.copyOf(codes, codes.length + 1);
        codes[codes.length - 1] = month * 100 + day;
      }
    }
    return codes.length == 0 ? NONE : Arrays.stream(codes).sorted().distinct().toArray();
  }

  /** Whether both name incidents and none is the same. */
  public static boolean conflict(int[] a, int[] b) {
    return a.length > 0 && b.length > 0 && !SortedInts.shareAny(a, b);
  }
}
