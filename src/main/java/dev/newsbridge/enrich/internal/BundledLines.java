package dev.newsbridge.enrich.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the stage's bundled data files: UTF-8 lines, "#" comments and blank lines skipped. */
final class BundledLines {
  private BundledLines() {}

  /** The data lines of the resource at the absolute path {@code resource}. */
  static List<String> of(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream raw = BundledLines.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IOException("missing bundled resource " + resource);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
