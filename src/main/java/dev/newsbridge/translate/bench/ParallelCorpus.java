package dev.newsbridge.translate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sentence-aligned test set in the layout of {@code shared/corpus/mt-dev}: one {@code *.zh}
 * source file and one {@code *.en} reference file, one sentence per line, and optionally a
 * {@code *.tsv} with a header and rows {@code pair \t any \t document} (pair is the 1-based line)
 * that groups lines into documents, so one article's names are resolved together. Without the
 * TSV every line is its own document.
 *
 * @param source the Chinese lines
 * @param reference the English lines, aligned with {@code source}
 * @param documents 0-based line numbers per document id, in file order
 */
public record ParallelCorpus(
    List<String> source, List<String> reference, Map<String, List<Integer>> documents) {
  public ParallelCorpus {
    source = List.copyOf(source);
    reference = List.copyOf(reference);
    documents = Map.copyOf(documents);
    Check.aligned(source, reference);
  }

  /**
   * Reads the corpus in {@code dir}.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when the folder lacks a file or the files disagree
   */
  public static ParallelCorpus load(Path dir) throws IOException {
    List<String> zh = Files.readAllLines(only(dir, ".zh"), StandardCharsets.UTF_8);
    List<String> en = Files.readAllLines(only(dir, ".en"), StandardCharsets.UTF_8);
    if (zh.size() != en.size()) {
      throw new IllegalArgumentException(zh.size() + " source lines but " + en.size()
          + " reference lines in " + dir);
    }
    Path tsv = find(dir, ".tsv");
    Map<String, List<Integer>> docs =
        tsv == null ? oneLineEach(zh.size()) : documents(tsv, zh.size());
    return new ParallelCorpus(zh, en, new LinkedHashMap<>(docs));
  }

  /** Documents in file order (the record's map is unordered). */
  public List<List<Integer>> documentLines() {
    List<List<Integer>> out = new ArrayList<>(documents.values());
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  private static Map<String, List<Integer>> documents(Path tsv, int lines) throws IOException {
    Map<String, List<Integer>> docs = new LinkedHashMap<>();
    List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      String[] f = row.split("\t");
      if (f.length < 3 || !f[0].strip().matches("\\d+")) {
        throw new IllegalArgumentException("bad document row in " + tsv + ": " + row);
      }
      int line = Integer.parseInt(f[0].strip()) - 1;
      if (line < 0 || line >= lines) {
        throw new IllegalArgumentException("pair " + f[0] + " out of range in " + tsv);
      }
      docs.computeIfAbsent(f[2].strip(), k -> new ArrayList<>()).add(line);
    }
    return docs;
  }

  private static Map<String, List<Integer>> oneLineEach(int lines) {
    Map<String, List<Integer>> docs = new LinkedHashMap<>();
    for (int i = 0; i < lines; i++) {
      docs.put("line-" + (i + 1), List.of(i));
    }
    return docs;
  }

  private static Path only(Path dir, String suffix) throws IOException {
    Path p = find(dir, suffix);
    if (p == null) {
      throw new IllegalArgumentException("no *" + suffix + " file in " + dir);
    }
    return p;
  }

  private static Path find(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile).sorted().toList();
      if (found.size() > 1) {
        throw new IllegalArgumentException("more than one *" + suffix + " file in " + dir);
      }
      return found.isEmpty() ? null : found.get(0);
    }
  }
}
