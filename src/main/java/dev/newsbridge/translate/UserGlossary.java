package dev.newsbridge.translate;

import dev.newsbridge.translate.internal.Glossary;
import dev.newsbridge.translate.internal.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's glossary entries, kept in {@value #FILE_NAME} in the data directory and merged over
 * the bundled glossary (a headword the user defines replaces the bundled senses of it). Entries
 * are added one at a time or imported from TSV/CSV; bad rows are reported, not fatal. The file
 * never leaves the data directory: a symlink pointing elsewhere is refused.
 *
 * <p>{@link #activeVersion()} names the glossary translations are made with, for caches to key on.
 */
public final class UserGlossary {
  /** The file, inside the data directory. */
  public static final String FILE_NAME = "glossary.tsv";
  /** The largest file {@link #importFrom} reads. */
  public static final long MAX_IMPORT_BYTES = 8L << 20;

  private final Path dataDir;
  private final Path file;

  private UserGlossary(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.file = this.dataDir.resolve(FILE_NAME);
  }

  /** The user glossary of a data directory (the file need not exist yet). */
  public static UserGlossary in(Path dataDir) {
    return new UserGlossary(dataDir);
  }

  /** The version of the glossary in use now: a hash of the bundled and active user entries. */
  public static String activeVersion() {
    return Glossary.shared().version();
  }

  /** The bundled entries, as terms. */
  public static List<GlossaryTerm> bundled() {
    return Resources.lines(Glossary.RESOURCE).stream()
        .map(l -> GlossaryTerm.of(List.of(l.split("\t", -1)))).toList();
  }

  public Path file() {
    return file;
  }

  /** The user's entries in file order; lines that no longer validate are skipped. */
  public List<GlossaryTerm> entries() throws IOException {
    checkInside();
    if (!Files.exists(file)) {
      return List.of();
    }
    List<GlossaryTerm> terms = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        terms.add(GlossaryTerm.of(List.of(line.split("\t", -1))));
      } catch (IllegalArgumentException e) {
        // a hand edit broke this line; the rest of the glossary still applies
      }
    }
    return terms;
  }

  /**
   * Adds {@code term}, replacing an entry with the same headword and English, and makes the
   * merged glossary the one in use.
   */
  public void add(GlossaryTerm term) throws IOException {
    merge(List.of(term));
  }

  /**
   * Imports every valid row of a TSV or CSV file (by extension; {@link GlossaryFiles} gives the
   * format) and activates the result. Bad rows are reported with their line number and skipped.
   */
  public GlossaryFiles.ImportReport importFrom(Path source) throws IOException {
    if (Files.size(source) > MAX_IMPORT_BYTES) {
      throw new IOException(source + " is larger than " + MAX_IMPORT_BYTES + " bytes");
    }
    GlossaryFiles.ImportReport report = GlossaryFiles.read(source);
    merge(report.terms());
    return report;
  }

  /** Writes the user's entries (and, if asked, the bundled ones first) as TSV or CSV. */
  public void exportTo(Path target, boolean withBundled) throws IOException {
    List<GlossaryTerm> terms = new ArrayList<>(withBundled ? bundled() : List.of());
    terms.addAll(entries());
    GlossaryFiles.write(target, terms);
  }

  /** Makes the bundled glossary with these user entries the one translations use. */
  public void activate() throws IOException {
    Glossary.install(entries().stream().map(GlossaryTerm::toTsv).toList());
  }

  private void merge(List<GlossaryTerm> added) throws IOException {
    Map<String, GlossaryTerm> byKey = new LinkedHashMap<>();
    for (GlossaryTerm t : entries()) {
      byKey.put(t.chinese() + "\t" + t.english(), t);
    }
    added.forEach(t -> byKey.put(t.chinese() + "\t" + t.english(), t));
    List<String> lines = new ArrayList<>();
    lines.add("# Newsbridge user glossary: chinese, english, type, short form, cues (TSV)");
    byKey.values().forEach(t -> lines.add(t.toTsv()));
    Files.createDirectories(dataDir);
    checkInside();
    Path tmp = Files.createTempFile(dataDir, "glossary", ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    activate();
  }

  /** The glossary file must stay in the data directory, even through a symlink. */
  private void checkInside() throws IOException {
    if (!file.normalize().startsWith(dataDir)) {
      throw new IOException("glossary file outside the data directory: " + file);
    }
    if (Files.isSymbolicLink(file) || (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !file.toRealPath().startsWith(dataDir.toRealPath()))) {
      throw new IOException("refusing glossary file that links outside the data directory: "
          + file);
    }
  }
}
