package dev.newsbridge.cli;

import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.translate.GlossaryFiles;
import dev.newsbridge.translate.GlossaryTerm;
import dev.newsbridge.translate.UserGlossary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge glossary add|list|import|export}: the user's entity glossary, stored as
 * {@code <data>/glossary.tsv} and merged over the bundled one. Adding or importing an entry queues
 * the stored articles whose original contains its headword for re-translation on the next ingest
 * pass; other articles are not touched.
 */
@Command(
    name = "glossary",
    mixinStandardHelpOptions = true,
    description = "Lists, adds, imports and exports the names glossary used by translation.",
    subcommands = {
      GlossaryCommand.Add.class,
      GlossaryCommand.ListEntries.class,
      GlossaryCommand.Import.class,
      GlossaryCommand.Export.class,
      HelpCommand.class
    })
final class GlossaryCommand {

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds or replaces one entry, e.g. glossary add 布雷特·泰勒 \"Bret Taylor\"")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirOption data;

    @Parameters(index = "0", paramLabel = "CHINESE") String chinese;
    @Parameters(index = "1", paramLabel = "ENGLISH") String english;

    @Option(names = "--type", paramLabel = "TYPE",
        description = "PERSON, ORGANIZATION, PLACE, OTHER or TERM. Default: ${DEFAULT-VALUE}.")
    String type = "PERSON";

    @Option(names = "--short", paramLabel = "NAME", description = "Later-mention form (e.g. the surname).")
    String shortForm = "";

    @Option(names = "--cues", paramLabel = "WORDS",
        description = "Comma-separated context words; a leading + makes them required.")
    String cues = "";

    @Override
    public Integer call() throws IOException {
      GlossaryTerm term;
      try {
        term = new GlossaryTerm(chinese, english, type, shortForm, cues);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("glossary add: " + e.getMessage());
        return 1;
      }
      Path dir = data.resolve();
      UserGlossary.in(dir).add(term);
      PrintWriter out = spec.commandLine().getOut();
      out.println("added " + term.chinese() + " -> " + term.english());
      requeue(dir, List.of(term), out);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Prints the user's entries as TSV (--all: the bundled ones too).")
  static final class ListEntries implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirOption data;

    @Option(names = "--all", description = "Include the bundled glossary.")
    boolean all;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (all) {
        UserGlossary.bundled().forEach(t -> out.println(t.toTsv()));
      }
      UserGlossary.in(data.resolve()).entries().forEach(t -> out.println(t.toTsv()));
      out.flush();
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Imports entries from a TSV or CSV file (chinese, english[, type, short,"
          + " cues]); bad rows are reported and skipped.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirOption data;

    @Parameters(index = "0", paramLabel = "FILE") Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(file)) {
        err.println("glossary import: not a file: " + file);
        return 1;
      }
      Path dir = data.resolve();
      GlossaryFiles.ImportReport report = UserGlossary.in(dir).importFrom(file);
      report.rejected().forEach(r -> err.println("rejected " + r));
      out.println("imported " + report.terms().size() + " entries, rejected "
          + report.rejected().size());
      requeue(dir, report.terms(), out);
      return report.terms().isEmpty() && !report.rejected().isEmpty() ? 1 : 0;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes the user's entries (--all: bundled too) to a TSV or CSV file.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirOption data;

    @Parameters(index = "0", paramLabel = "FILE") Path file;

    @Option(names = "--all", description = "Include the bundled glossary.")
    boolean all;

    @Override
    public Integer call() throws IOException {
      UserGlossary.in(data.resolve()).exportTo(file, all);
      spec.commandLine().getOut().println("exported to " + file);
      return 0;
    }
  }

  /** Queues the stored articles that hold an edited headword; nothing when no database exists. */
  static void requeue(Path dataDir, Collection<GlossaryTerm> terms, PrintWriter out) {
    if (!Files.exists(dataDir.resolve(SqliteArticleStore.DATABASE_FILE)) || terms.isEmpty()) {
      return;
    }
    Set<String> headwords = new LinkedHashSet<>();
    terms.forEach(t -> headwords.add(t.chinese()));
    int queued = 0;
    try (ArticleStoreHandle handle = new ArticleStoreHandle(dataDir)) {
      for (String headword : headwords) {
        queued += handle.store.requestRetranslation(headword);
      }
    }
    out.println("queued " + queued + " stored articles for re-translation on the next ingest");
  }

  /** Opens and closes the store around the re-translation requests. */
  private static final class ArticleStoreHandle implements AutoCloseable {
    final ArticleStore store;

    ArticleStoreHandle(Path dataDir) {
      store = SqliteArticleStore.open(dataDir);
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
