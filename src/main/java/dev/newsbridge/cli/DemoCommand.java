package dev.newsbridge.cli;

import dev.newsbridge.demo.DemoFeed;
import dev.newsbridge.demo.DemoOutlet;
import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.ingest.IngestReport;
import dev.newsbridge.web.NewsSite;
import dev.newsbridge.web.SiteSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsbridge demo}: the whole desk without the network. Starts the project's sample news
 * outlet (three Chinese outlets and an English-language one) on loopback, follows it, ingests it
 * with progress output and serves the English site.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole desk offline on a sample news outlet (Chinese and English).",
      "Starts the project's sample outlet on loopback, adds its feeds as sources, ingests them "
          + "and serves the English site. Running it again reuses the data directory and "
          + "ingests nothing twice."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Mixin EngineOptions engine;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port of the English site. Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(
      names = "--outlet-port", paramLabel = "PORT",
      description =
          "Port of the sample outlet. Fixed so that a second run finds the same article URLs. Default: ${DEFAULT-VALUE}.")
  int outletPort = 8079;

  /** The demo outlet is our own loopback server: no need to wait between requests to it. */
  private static final Duration DEMO_REQUEST_DELAY = Duration.ZERO;

  @Override
  public Integer call() throws Exception {
    DemoOutlet outlet = DemoOutlet.start(outletPort);
    System.out.println("Sample outlet running at " + outlet.baseUrl());
    Desk desk;
    NewsSite site;
    try {
      desk =
          Desk.open(
              data.resolve(),
              FetchPolicy.defaults().withMinDelayPerHost(DEMO_REQUEST_DELAY),
              engine.resolve());
      site = ingestAndServe(outlet, desk);
    } catch (RuntimeException e) {
      outlet.close();
      throw e;
    }
    System.out.println();
    System.out.println("Newsbridge demo is serving " + site.url());
    Runtime.getRuntime().addShutdownHook(new Thread(outlet::close, "demo-outlet-shutdown"));
    new SiteRunner(desk, site, System.out).runUntilStopped(Duration.ZERO);
    return 0;
  }

  private NewsSite ingestAndServe(DemoOutlet outlet, Desk desk) {
    try {
      for (DemoFeed feed : outlet.feeds()) {
        desk.store().addSource(feed.name(), feed.url(), feed.language(), true);
      }
      IngestReport report = desk.pipeline().ingestAll(new ConsoleProgress(System.out));
      System.out.println("Ingest done: " + report);
      NewsSite site = new NewsSite(desk.store(), desk.index(), SiteSettings.defaults());
      site.start("127.0.0.1", port);
      return site;
    } catch (RuntimeException e) {
      desk.close();
      throw e;
    }
  }
}
