package dev.newsbridge.cli;

import dev.newsbridge.source.ImportPaths;
import dev.newsbridge.source.Opml;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsbridge sources export [FILE]}: the sources as OPML 2.0, to FILE or standard output.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the sources as an OPML 2.0 list to FILE (inside --to-dir) or to standard output.")
final class SourcesExportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "File to write; standard output when omitted.")
  String to;

  @Option(
      names = "--to-dir",
      paramLabel = "DIR",
      description = "Directory FILE is resolved in. Default: the working directory.")
  Path toDir = Path.of("");

  @Override
  public Integer call() {
    String opml;
    try (ArticleStore store = SqliteArticleStore.open(data.resolve())) {
      opml = Opml.write("Newsbridge sources", store.sources());
    }
    if (to == null) {
      System.out.print(opml);
      return 0;
    }
    try {
      Path file = ImportPaths.resolveInside(toDir, to);
      Files.writeString(file, opml, StandardCharsets.UTF_8);
      System.out.println("Wrote " + file);
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("Cannot export to " + to + ": " + e.getMessage());
      return 1;
    }
  }
}
