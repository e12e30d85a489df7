package dev.newsbridge.cli;

import dev.newsbridge.demo.DemoFeed;
import dev.newsbridge.demo.DemoOutlet;
import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.fetch.FetchedResource;
import dev.newsbridge.fetch.HttpFetcher;
import dev.newsbridge.fetch.Validators;
import dev.newsbridge.source.FeedException;
import dev.newsbridge.source.FeedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsbridge startup-training} (hidden): the run the launcher archives classes from. A JVM
 * spends most of a short command's first page loading classes (jsoup's, the extractor's, Jackson's,
 * the HTTP client's) one by one; the launcher runs this once per build under {@code
 * -XX:ArchiveClassesAtExit} and later starts map them from that archive instead. So it does, in
 * one process and on loopback only, what a start of the common commands loads classes for: it
 * starts the sample outlet, reads its feeds and extracts every article page through {@code
 * extract}'s own code, printing only what it did.
 */
@Command(
    name = "startup-training",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Runs a short representative workload on loopback (used by the launcher to"
        + " archive the classes a start loads).")
public final class StartupTrainingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    FetchPolicy loopback =
        FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO);
    try (DemoOutlet outlet = DemoOutlet.start(0);
        HttpFetcher fetcher = new HttpFetcher(loopback)) {
      int entries = readFeeds(outlet, fetcher);
      String[] urls =
          outlet.articles().stream().map(a -> a.url().toString()).toArray(String[]::new);
      CommandLine extract = new CommandLine(new ExtractCommand(url -> fetch(fetcher, url)));
      StringWriter pages = new StringWriter();
      extract.setOut(new PrintWriter(pages));
      extract.setErr(spec.commandLine().getErr());
      int code = extract.execute(urls);
      out.printf("startup training: %d feeds (%d entries) read, %d pages extracted%n",
          outlet.feeds().size(), entries, pages.toString().lines().count());
      return code;
    }
  }

  private static int readFeeds(DemoOutlet outlet, HttpFetcher fetcher) {
    FeedReader reader = new FeedReader();
    int entries = 0;
    for (DemoFeed feed : outlet.feeds()) {
      try {
        entries += reader.read(fetch(fetcher, feed.url())).entries().size();
      } catch (FeedException e) {
        throw new IllegalStateException("sample feed " + feed.url() + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  private static FetchedResource fetch(HttpFetcher fetcher, URI url) {
    try {
      return fetcher.fetch(url, Validators.NONE);
    } catch (FetchException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
