package dev.newsbridge.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Glossary files for import and export: TSV (the glossary's own format) or, for a name ending in
 * ".csv", RFC 4180 CSV (quoted fields, doubled quotes). Columns: chinese, english, then
 * optionally type, short form, cues. Blank lines, "#" comments and a header row starting with
 * "chinese" are skipped; each bad row is reported with its line number and the reason.
 */
public final class GlossaryFiles {
  /** The most rows one import takes. */
  public static final int MAX_ROWS = 100_000;

  /**
   * What an import found.
   *
   * @param terms the valid rows, in file order
   * @param rejected one "line N: reason" per bad row
   */
  public record ImportReport(List<GlossaryTerm> terms, List<String> rejected) {
    public ImportReport {
      terms = List.copyOf(terms);
      rejected = List.copyOf(rejected);
    }
  }

  private GlossaryFiles() {}

  /** Reads and validates every row of {@code file}. */
  public static ImportReport read(Path file) throws IOException {
    boolean csv = isCsv(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GlossaryTerm> terms = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
      if (line.isBlank() || line.startsWith("#")
          || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("chinese"))) {
        continue;
      }
      if (terms.size() + rejected.size() >= MAX_ROWS) {
        rejected.add("line " + (i + 1) + ": more than " + MAX_ROWS + " rows; the rest is skipped");
        break;
      }
      try {
        terms.add(GlossaryTerm.of(csv ? csvFields(line) : List.of(line.split("\t", -1))));
      } catch (IllegalArgumentException e) {
        rejected.add("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return new ImportReport(terms, rejected);
  }

  /** Writes {@code terms} as TSV, or CSV for a ".csv" file name. */
  public static void write(Path file, List<GlossaryTerm> terms) throws IOException {
    boolean csv = isCsv(file);
    List<String> lines = new ArrayList<>();
    lines.add(csv ? "chinese,english,type,short,cues" : "chinese\tenglish\ttype\tshort\tcues");
    for (GlossaryTerm t : terms) {
      lines.add(csv ? String.join(",", quote(t.chinese()), quote(t.english()), quote(t.type()),
          quote(t.shortForm()), quote(t.cues())) : t.toTsv());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /** One CSV record on one line; an unclosed quote is a bad row. */
  static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote");
    }
    fields.add(field.toString());
    return fields;
  }

  private static String quote(String s) {
    return s.matches("[^\",\\s]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
