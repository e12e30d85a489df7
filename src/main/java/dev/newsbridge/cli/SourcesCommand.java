package dev.newsbridge.cli;

import dev.newsbridge.source.Source;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbridge sources add|list}: the outlets Newsbridge follows. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Manages the outlets Newsbridge follows.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class})
final class SourcesCommand {

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an outlet by its RSS or Atom feed URL.")
  static final class Add implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Parameters(paramLabel = "FEED_URL", description = "The outlet's RSS or Atom feed (http or https).")
    URI url;

    @Option(names = "--name", description = "Display name. Default: the feed URL's host.")
    String name;

    @Option(names = "--language", description = "The outlet's language (BCP 47, e.g. zh). Default: detected per article.")
    String language;

    @Option(
        names = "--allow-private",
        description = "Allow this source to reach loopback and private network addresses (off by default: SSRF protection).")
    boolean allowPrivate;

    @Override
    public Integer call() {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
        System.err.println("Not an http(s) URL: " + url);
        return 1;
      }
      try (ArticleStore store = SqliteArticleStore.open(data.resolve())) {
        Source s = store.addSource(name == null ? url.getHost() : name, url, language, allowPrivate);
        System.out.printf("Source #%d %s  %s%n", s.id(), s.name(), s.url());
        return 0;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the sources and their health.")
  static final class ListSources implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Override
    public Integer call() {
      try (ArticleStore store = SqliteArticleStore.open(data.resolve())) {
        if (store.sources().isEmpty()) {
          System.out.println("No sources yet. Add one with: newsbridge sources add FEED_URL");
        }
        for (Source s : store.sources()) {
          System.out.println(SourceLine.format(s));
        }
        return 0;
      }
    }
  }
}
