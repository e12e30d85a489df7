package dev.newsbridge.story.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in an English original, standing in for the entity list a translation carries: runs of
 * capitalised words of the body that do not start a sentence ("in Yunnan", "chairman Lei Jun"),
 * lower-cased, a possessive "'s" removed, day and month names and stop words left out; each run is
 * given whole ("lei jun") and word by word. Headlines are not read: many are in title case.
 */
final class EnglishNames {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*(?:'s)?");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "i", "mr", "mrs", "ms", "dr");

  private EnglishNames() {}

  static Set<String> of(String body) {
    Set<String> names = new LinkedHashSet<>();
    java.util.List<String> run = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(body);
    int lastEnd = 0;
    boolean sentenceStart = true;
    while (m.find()) {
      String gap = body.substring(lastEnd, m.start());
      if (lastEnd == 0 || gap.matches("(?s).*[.!?:\\n\"“].*")) {
        sentenceStart = true;
      }
      if (!gap.isBlank() && !gap.equals(" ") || sentenceStart) {
        endRun(run, names);
      }
      String word = m.group();
      if (!sentenceStart && Character.isUpperCase(word.charAt(0))) {
        String w = Tokens.normalise(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
        if (!NOT_NAMES.contains(w) && !Tokens.english(w).isEmpty()) {
          names.add(w);
          run.add(w);
        } else {
          endRun(run, names);
        }
      } else {
        endRun(run, names);
      }
      sentenceStart = false;
      lastEnd = m.end();
    }
    endRun(run, names);
    return names;
  }

  private static void endRun(java.util.List<String> run, Set<String> names) {
    if (run.size() > 1) {
      names.add(String.join(" ", run));
    }
    run.clear();
  }
}
