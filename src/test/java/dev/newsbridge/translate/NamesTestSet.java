package dev.newsbridge.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's names test set ({@value #RESOURCE}): Chinese sentences with the English names each
 * must carry, covering both senses of 奥特曼, surname-only later mentions, pinyin names, Latin
 * originals in parentheses, glossary people, companies and places, and 苹果 the fruit or the
 * company. Any engine's contract suite can reuse it: translate each {@link Case#sentence()} as a
 * one-paragraph article and ask {@link Case#problem(Translation)}.
 */
public final class NamesTestSet {
  /** The fixture, beside this package's test resources. */
  public static final String RESOURCE = "names/names-zh-sentences.tsv";
  /** The share of sentences that must carry exactly their names (issue #4). */
  public static final double REQUIRED_SHARE = 0.98;

  /**
   * One sentence of the set.
   *
   * @param sentence the Chinese text, one paragraph
   * @param expected the English names it must carry, exactly (its entities)
   * @param forbidden names that must not appear in the English (Ultraman for Altman)
   */
  public record Case(String sentence, Set<String> expected, Set<String> forbidden) {
    /** Why {@code t} does not carry exactly the expected names, or null when it does. */
    public String problem(Translation t) {
      String english = String.join("\n", t.paragraphs()) + "\n" + t.title();
      Set<String> entities = new LinkedHashSet<>();
      t.entities().forEach(e -> entities.add(e.english()));
      if (!entities.equals(expected)) {
        return "entities " + entities + " instead of " + expected + " in: " + english;
      }
      for (String name : expected) {
        if (!mentions(english, name)) {
          return "missing " + name + " in: " + english;
        }
      }
      for (String name : forbidden) {
        if (mentions(english, name)) {
          return "forbidden " + name + " in: " + english;
        }
      }
      return null;
    }

    /** The sentence as a one-paragraph article. */
    public TranslationRequest request() {
      return new TranslationRequest("zh", "", List.of(sentence));
    }

    private static boolean mentions(String english, String name) {
      return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])")
          .matcher(english).find();
    }
  }

  private NamesTestSet() {}

  /** Every case of the set, in file order. */
  public static List<Case> cases() {
    try (InputStream in = NamesTestSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      List<Case> cases = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          cases.add(parse(line));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case parse(String line) {
    String[] f = Arrays.copyOf(line.split("\t", -1), 3);
    return new Case(f[0], names(f[1]), names(f[2]));
  }

  private static Set<String> names(String column) {
    Set<String> names = new LinkedHashSet<>();
    if (column != null) {
      Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(names::add);
    }
    return names;
  }
}
