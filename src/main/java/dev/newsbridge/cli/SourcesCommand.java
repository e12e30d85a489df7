package dev.newsbridge.cli;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.source.FeedDiscovery;
import dev.newsbridge.source.FeedException;
import dev.newsbridge.source.Source;
import dev.newsbridge.source.SourceKind;
import dev.newsbridge.store.ArticleStore;
import dev.newsbridge.store.SqliteArticleStore;
import dev.newsbridge.fetch.HttpUrls;
import java.net.URI;
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
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesImportCommand.class,
      SourcesExportCommand.class
    })
final class SourcesCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds an outlet by URL: an RSS/Atom feed, a JSON Feed, a sitemap (news sitemap, index) "
            + "or a section front page. The kind is detected; for a homepage, a feed it links "
            + "(<link rel=alternate>) is followed instead when there is one."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DataDirOption data;

    @Parameters(paramLabel = "URL", description = "Feed, sitemap or page URL (http or https).")
    URI url;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name. Default: the feed URL's host.")
    String name;

    @Option(names = "--language", paramLabel = "LANG", converter = LanguageTagConverter.class, description = "The outlet's language (BCP 47, e.g. zh). A region decides how people's names are spelled: zh-TW as Taiwan spells them (Chen Hsiao-ming), zh-CN in pinyin. Default: detected per article; Traditional characters are spelled as Taiwan does.")
    String language;

    @Option(
        names = "--allow-private",
        description = "Allow this source to reach loopback and private network addresses (off by default: SSRF protection).")
    boolean allowPrivate;

    @Option(
        names = "--no-detect",
        description = "Store the URL as an RSS/Atom feed without fetching it (offline setup).")
    boolean noDetect;

    @Override
    public Integer call() {
      if (!HttpUrls.isHttp(url)) {
        System.err.println("Not an http(s) URL: " + url);
        return 1;
      }
      FeedDiscovery.Discovered found = new FeedDiscovery.Discovered(url, SourceKind.FEED, null);
      if (!noDetect) {
        try (HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivateHosts(allowPrivate))) {
          found = new FeedDiscovery(fetcher).discover(url);
        } catch (FetchException | FeedException e) {
          System.err.println("Cannot add " + url + ": " + e.getMessage());
          System.err.println("(Use --no-detect to add it anyway as an RSS/Atom feed.)");
          return 1;
        }
      }
      String displayName = name != null ? name : found.title() != null && !found.title().isBlank() ? found.title() : url.getHost();
      try (ArticleStore store = SqliteArticleStore.open(data.resolve())) {
        Source s = store.addSource(displayName, found.url(), language, allowPrivate, found.kind());
        System.out.printf("Source #%d %s  %s  (%s)%n", s.id(), s.name(), s.url(), s.kind().label());
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
