package dev.newsbridge.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the demo articles from the classpath. {@code articles/index.txt} lists the files (a jar
 * cannot list a resource folder); each file is UTF-8 in the format {@link ArticleText} parses.
 */
public final class ArticleLibrary {
  private static final String ROOT = "/dev/newsbridge/demo/articles/";

  private ArticleLibrary() {}

  /** Every article, newest first. */
  public static List<ArticleText> load() {
    return read("index.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(file -> ArticleText.parse(file, read(file)))
        .sorted(Comparator.comparing(ArticleText::publishedAt).reversed())
        .toList();
  }

  private static String read(String file) {
    try (InputStream in = ArticleLibrary.class.getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + ROOT + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo resource " + ROOT + file, e);
    }
  }
}
