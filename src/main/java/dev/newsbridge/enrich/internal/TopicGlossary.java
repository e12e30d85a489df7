package dev.newsbridge.enrich.internal;

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
    for (String line : BundledLines.of(RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        map.put(f[0], f[1]);
      }
    }
    return new TopicGlossary(map);
  }
}
