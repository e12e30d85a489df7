package dev.newsbridge.translate.engine.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Makes an engine's answer plain text: a translation is untrusted input (a model can be talked
 * into writing markup, a compromised server can send anything). Tags are removed with their
 * attributes ({@code <img src=x onerror=...>} leaves nothing), entities are decoded once, and any
 * angle bracket that still opens a tag after decoding is neutralised, so the text stays harmless
 * even where someone forgets to escape it. Control characters go; placeholders are kept.
 */
public final class EngineOutput {
  private static final Pattern TAG_START = Pattern.compile("<(?=[\\p{Alpha}/!?])");
  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private EngineOutput() {}

  public static String clean(String answer) {
    if (answer == null) {
      return "";
    }
    String text = answer.indexOf('<') >= 0 || answer.indexOf('&') >= 0
        ? Jsoup.parseBodyFragment(answer).text()
        : answer;
    text = TAG_START.matcher(text).replaceAll("‹");
    return CONTROLS.matcher(text).replaceAll("").strip();
  }
}
