package dev.newsbridge.translate.internal;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.newsbridge.translate.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's entity glossary ({@value #RESOURCE}): people, organisations, outlets and places
 * that Chinese news names most, each with its canonical English name, and context cues for
 * headwords with several senses. Matching runs on the raw text with an Aho-Corasick trie, before
 * any segmentation, so a name is found even where a segmenter would split it.
 *
 * <p>File format, tab-separated: {@code chinese english type short cues}; type is PERSON,
 * ORGANIZATION, PLACE, OTHER or TERM (a plain word, not an entity); short is the later-mention
 * form (empty: the full name); cues are comma-separated, and a leading "+" makes them required
 * (库克 is Tim Cook only near 苹果). The sense with most cues in the article wins (ASCII cues ignore
 * case); on a tie the one listed first; a headword whose senses all require absent cues is not
 * matched at all.
 */
public final class Glossary {
  /** The bundled glossary resource. */
  public static final String RESOURCE = "glossary.tsv";

  /** A headword found in a text: characters [start, end). */
  public record Hit(int start, int end, String chinese) {}

  private static volatile Glossary shared;

  private final Map<String, List<GlossaryEntry>> entries;
  private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
  private final String version;

  Glossary(List<GlossaryEntry> all) {
    this(all, versionOf(all));
  }

  private Glossary(List<GlossaryEntry> all, String version) {
    this.version = version;
    Map<String, List<GlossaryEntry>> map = new LinkedHashMap<>();
    for (GlossaryEntry e : all) {
      map.computeIfAbsent(e.chinese(), k -> new ArrayList<>()).add(e);
    }
    entries = Map.copyOf(map);
    TreeMap<String, String> keys = new TreeMap<>();
    map.keySet().forEach(k -> keys.put(k, k));
    trie.build(keys);
  }

  /**
   * Makes the shared glossary the bundled one with {@code userLines} (same format) over it: a
   * headword the user defines loses its bundled senses. The entity layer is rebuilt with it.
   *
   * @throws IllegalArgumentException when a user line is malformed
   */
  public static void install(List<String> userLines) {
    List<GlossaryEntry> user = parse(userLines);
    List<GlossaryEntry> merged = new ArrayList<>(user);
    java.util.Set<String> replaced = new java.util.HashSet<>();
    user.forEach(e -> replaced.add(e.chinese()));
    for (GlossaryEntry e : parse(Resources.lines(RESOURCE))) {
      if (!replaced.contains(e.chinese())) {
        merged.add(e);
      }
    }
    // user senses first: on a cue tie the first-listed sense wins
    synchronized (Glossary.class) {
      shared = new Glossary(merged);
    }
    EntityLayer.reset();
  }

  /** A short hash of every entry in order: equal versions translate names identically. */
  public String version() {
    return version;
  }

  private static String versionOf(List<GlossaryEntry> all) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (GlossaryEntry e : all) {
        String line = String.join("\t", e.chinese(), e.english(), String.valueOf(e.type()),
            e.shortForm(), (e.cuesRequired() ? "+" : "") + String.join(",", e.cues())) + "\n";
        sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The bundled glossary, loaded on first use. */
  public static Glossary shared() {
    Glossary g = shared;
    if (g == null) {
      synchronized (Glossary.class) {
        if (shared == null) {
          shared = new Glossary(parse(Resources.lines(RESOURCE)));
        }
        g = shared;
      }
    }
    return g;
  }

  public static List<GlossaryEntry> parse(List<String> lines) {
    List<GlossaryEntry> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = Arrays.copyOf(line.split("\t", -1), 5);
      if (f[1] == null || f[0].length() < 2) {
        throw new IllegalArgumentException("bad glossary line (one-character headwords are not"
            + " allowed: they match inside other words): " + line);
      }
      Entity.Type type = "TERM".equals(f[2]) ? null : Entity.Type.valueOf(f[2]);
      String shortForm = f[3] == null || f[3].isEmpty() ? f[1] : f[3];
      String cueText = f[4] == null ? "" : f[4].toLowerCase(Locale.ROOT);
      boolean required = cueText.startsWith("+");
      List<String> cues = cueText.isEmpty() ? List.of()
          : List.of(cueText.substring(required ? 1 : 0).split(","));
      out.add(new GlossaryEntry(f[0], f[1], type, shortForm, cues, required));
    }
    return out;
  }

  /** The senses of a headword, first-listed first; empty when unknown. */
  public List<GlossaryEntry> senses(String chinese) {
    return entries.getOrDefault(chinese, List.of());
  }

  public int size() {
    return entries.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Headwords in {@code text}, leftmost-longest, not overlapping, in text order; except that a
   * headword gives way to a shorter one at its start when a longer headword opens inside it and
   * runs past it (美国人工智能: 美国 and 人工智能, not 美国人 and the rest).
   */
  public List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    int[] bestEnd = new int[text.length()];
    Map<Integer, List<Integer>> ends = new HashMap<>();
    trie.parseText(text, (begin, end, value) -> {
      bestEnd[begin] = Math.max(bestEnd[begin], end);
      ends.computeIfAbsent(begin, b -> new ArrayList<>()).add(end);
    });
    for (int i = 0; i < text.length(); ) {
      int end = bestEnd[i] > i ? endGivingWay(i, bestEnd, ends.get(i)) : i;
      if (end > i) {
        hits.add(new Hit(i, end, text.substring(i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** The end of the headword at {@code begin}: its longest, or a shorter one that makes room. */
  private static int endGivingWay(int begin, int[] bestEnd, List<Integer> endsAtBegin) {
    int end = bestEnd[begin];
    for (int k = begin + 1; k < end; k++) {
      if (bestEnd[k] > end && bestEnd[k] - k > end - begin) {
        int room = k;
        return endsAtBegin.stream().filter(e -> e <= room).max(Integer::compare).orElse(end);
      }
    }
    return end;
  }

  /**
   * Chooses the sense of {@code chinese} whose cues occur most often in {@code article}; null
   * when every sense requires cues the article lacks.
   */
  public GlossaryEntry resolve(String chinese, String article) {
    String text = article.toLowerCase(Locale.ROOT);
    GlossaryEntry best = null;
    int bestScore = -1;
    for (GlossaryEntry sense : senses(chinese)) {
      int score = 0;
      for (String cue : sense.cues()) {
        score += occurrences(text, cue);
      }
      if (sense.cuesRequired() && score == 0) {
        continue;
      }
      if (score > bestScore) {
        best = sense;
        bestScore = score;
      }
    }
    return best;
  }

  private static int occurrences(String text, String cue) {
    int n = 0;
    for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
      n++;
    }
    return n;
  }
}
