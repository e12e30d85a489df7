package dev.newsbridge.cli;

import dev.newsbridge.fetch.FetchPolicy;
import dev.newsbridge.ingest.IngestReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsbridge ingest}: one pass over every source. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every source once and ingests each new article.",
      "Each article goes fetch -> extract -> detect language -> translate -> tag -> store -> index.",
      "Articles already stored are skipped; failed ones are kept and retried on the next pass."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    try (Desk desk = Desk.open(data.resolve(), FetchPolicy.defaults(), engine.resolve())) {
      if (desk.store().sources().isEmpty()) {
        System.err.println("No sources yet. Add one with: newsbridge sources add FEED_URL");
        return 1;
      }
      IngestReport report = desk.pipeline().ingestAll(new ConsoleProgress(System.out));
      System.out.println("Done: " + report);
      return report.failedSources() > 0 ? 2 : 0;
    }
  }
}
