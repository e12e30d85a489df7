package dev.newsbridge.extract.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The publication time a page's own inline scripts declare, for pages that print it only as a
 * relative stamp rendered from that variable ("昨天", "3小时前": true only on the day the page was
 * saved) or not at all: a variable named for the publication time ({@code var publishdate =
 * '2019-09-26 12:11:01'}, {@code pubDate}, ...) set to a date or to Unix seconds, and the creation
 * time public-account pages keep in {@code var ct = "1699752600"}. Assignments only: a field of
 * the same name in a script's data ({@code "publishDate": ...}) is as often a cited source's or a
 * related item's (an encyclopaedia's references, an aggregator's list).
 */
final class ScriptTimes {
  /** A value: Unix seconds (group 1) or a date with an optional time of day (group 2). */
  private static final String VALUE =
      "[\"']?(?:(\\d{10})|(\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?))";

  /** A publication-time variable and its value, matched where a "pub" starts a word. */
  private static final Pattern PUBLICATION_TIME =
      Pattern.compile("pub(?:lish)?_?(?:time|date)\\s*=\\s*" + VALUE, Pattern.CASE_INSENSITIVE);

  /** A public-account page's creation time, matched where "var ct" stands. */
  private static final Pattern CREATION_TIME = Pattern.compile("var\\s+ct\\s*=\\s*" + VALUE);

  /** How a publication-time variable's name starts: pubDate, publish_time, PUBLISH_TIME. */
  private static final List<String> PUB_SPELLINGS = List.of("pub", "Pub", "PUB");

  private ScriptTimes() {}

  /**
   * A publication time as a script declares it.
   *
   * @param value as written: ten digits, or a date with an optional time of day
   * @param unixSeconds true when {@code value} counts seconds since 1970 (public-account pages)
   */
  record Declared(String value, boolean unixSeconds) {
    private static Declared of(Matcher m) {
      return m.group(1) != null ? new Declared(m.group(1), true) : new Declared(m.group(2), false);
    }
  }

  /** The first publication time declared in {@code scripts}. */
  static Optional<Declared> declaredIn(List<Element> scripts) {
    for (Element script : scripts) {
      for (Node child : script.childNodes()) {
        if (child instanceof DataNode data) {
          Optional<Declared> declared = declaredIn(data.getWholeData());
          if (declared.isPresent()) {
            return declared;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Tries the patterns only where their first letters stand (found by {@code indexOf}, which the
   * JDK scans fast): run from every position of every script, they cost a third of an extraction.
   */
  private static Optional<Declared> declaredIn(String code) {
    Matcher creation = CREATION_TIME.matcher(code);
    for (int i = code.indexOf("var ct"); i >= 0; i = code.indexOf("var ct", i + 1)) {
      if (creation.region(i, code.length()).lookingAt()) {
        return Optional.of(Declared.of(creation));
      }
    }
    Matcher publication = PUBLICATION_TIME.matcher(code);
    for (String spelling : PUB_SPELLINGS) {
      for (int i = code.indexOf(spelling); i >= 0; i = code.indexOf(spelling, i + 1)) {
        if (startsWord(code, i) && publication.region(i, code.length()).lookingAt()) {
          return Optional.of(Declared.of(publication));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWord(String code, int i) {
    return i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1)) && code.charAt(i - 1) != '_';
  }
}
