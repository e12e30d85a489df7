package dev.newsbridge.enrich.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The curated topic phrases ({@value #RESOURCE}): Chinese keyphrase to an English tag phrase
 * (人工智能安全 → "AI safety"). Immutable; loaded once.
 */
public final class TopicGlossary {
  public static final String RESOURCE = "/dev/newsbridge/enrich/topics.tsv";

  private static final class Holder {
    static final TopicGlossary BUNDLED = load();
  }

  private final Map<String, String> topics;

  TopicGlossary(Map<String, String> topics) {
    // In the given (file) order: TopicFinder ranks tied topics in it, the same on every run.
    this.topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
  }

  public static TopicGlossary bundled() {
    return Holder.BUNDLED;
  }

  /** Chinese headword to English phrase, for every topic. */
  public Map<String, String> topics() {
    return topics;
  }

  public String english(String chinese) {
    return topics.get(chinese);
  }

  private static TopicGlossary load() {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream raw = TopicGlossary.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IOException("missing bundled resource " + RESOURCE);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length == 2) {
          map.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TopicGlossary(map);
  }
}
