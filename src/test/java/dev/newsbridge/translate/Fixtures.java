package dev.newsbridge.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the article fixtures: first line the title, each further line a paragraph. */
public final class Fixtures {
  private Fixtures() {}

  public static List<String> lines(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("articles/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TranslationRequest request(String name) {
    List<String> lines = lines(name);
    return new TranslationRequest("zh", lines.get(0), lines.subList(1, lines.size()));
  }
}
