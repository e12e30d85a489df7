package dev.newsbridge.translate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the stage's bundled data files: UTF-8 lines, "#" comments and blank lines skipped. */
public final class Resources {
  private Resources() {}

  /** The data lines of a resource beside this package, e.g. "glossary.tsv"; ".gz" is unpacked. */
  public static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = open(name)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
    return lines;
  }

  /** Opens a bundled resource as UTF-8 text; a missing resource is a packaging bug. */
  public static BufferedReader open(String name) throws IOException {
    InputStream raw = Resources.class.getResourceAsStream("/dev/newsbridge/translate/" + name);
    if (raw == null) {
      throw new IOException("missing bundled resource " + name);
    }
    InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
