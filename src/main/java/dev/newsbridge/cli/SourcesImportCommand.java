package dev.newsbridge.cli;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.FeedException;
import dev.newsbridge.source.ImportPaths;
import dev.newsbridge.source.Opml;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsbridge sources import FILE|URL}: adds every subscription of an OPML list. A file must
 * lie inside {@code --from-dir} (default: the working directory; no {@code ..}, absolute paths or
 * links out); a URL is fetched with the usual address checks. One bad outline is reported and
 * skipped; the others are added.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Adds the subscriptions of an OPML file or URL (bad outlines are skipped and listed).")
final class SourcesImportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(
      paramLabel = "FILE|URL",
      description = "OPML file (inside --from-dir) or http(s) URL.")
  String from;

  @Option(
      names = "--from-dir",
      paramLabel = "DIR",
      description = "Directory FILE is resolved in. Default: the working directory.")
  Path fromDir = Path.of("");

  @Option(
      names = "--allow-private",
      description = "Let the URL and the imported sources reach private addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    Opml.Subscriptions subscriptions;
    try {
      subscriptions = Opml.read(load());
    } catch (IllegalArgumentException | IOException | FetchException | FeedException e) {
      System.err.println("Cannot import " + from + ": " + e.getMessage());
      return 1;
    }
    int added = 0;
    try (ArticleStore store = SqliteArticleStore.open(data.resolve())) {
      int before = store.sources().size();
      for (Opml.Outline o : subscriptions.outlines()) {
        String name = o.title() != null ? o.title() : o.url().getHost();
        Source s = store.addSource(name, o.url(), o.language(), allowPrivate, o.kind());
        out.printf("Source #%d %s  %s  (%s)%n", s.id(), s.name(), s.url(), s.kind().label());
      }
      added = store.sources().size() - before;
    }
    subscriptions.skipped().forEach(reason -> out.println("Skipped " + reason));
    out.printf(
        "Imported %d new source(s), %d already followed, %d outline(s) skipped.%n",
        added, subscriptions.outlines().size() - added, subscriptions.skipped().size());
    return subscriptions.skipped().isEmpty() ? 0 : 2;
  }

  private byte[] load() throws IOException, FetchException {
    if (from.startsWith("http://") || from.startsWith("https://")) {
      FetchPolicy policy = FetchPolicy.defaults().withAllowPrivateHosts(allowPrivate);
      try (HttpFetcher fetcher = new HttpFetcher(policy)) {
        return fetcher.fetch(URI.create(from), Validators.NONE).body();
      }
    }
    Path file = ImportPaths.resolveInside(fromDir, from);
    if (Files.size(file) > FetchPolicy.DEFAULT_MAX_BODY_BYTES) {
      throw new IOException("larger than " + FetchPolicy.DEFAULT_MAX_BODY_BYTES + " bytes");
    }
    return Files.readAllBytes(file);
  }
}
