package dev.newsbridge.cli;

import dev.newsbridge.ingest.IngestListener;
import dev.newsbridge.source.Source;
import dev.newsbridge.store.StoredArticle;
import java.io.PrintStream;
import java.net.URI;

/** Prints ingest progress, one line per article, so long runs show where they are. */
final class ConsoleProgress implements IngestListener {
  private final PrintStream out;
  private int total;
  private int done;
  private boolean unchanged;

  ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void sourceRead(Source source, int itemCount) {
    total = itemCount;
    done = 0;
    String news = itemCount == 0 ? "nothing new" : itemCount + " article(s) to fetch";
    out.printf("%s  %s%n  %s%s%n", source.name(), source.url(), news,
        unchanged ? " (feed unchanged since the last pass)" : "");
    unchanged = false;
  }

  /** Heard just before {@link #sourceRead} for the same source. */
  @Override
  public void sourceUnchanged(Source source) {
    unchanged = true;
  }

  @Override
  public void sourceFailed(Source source, String reason) {
    out.printf("%s  %s%n  FAILED: %s (recorded; retried next pass)%n", source.name(), source.url(), reason);
  }

  @Override
  public void articleStored(Source source, StoredArticle article) {
    out.printf("  [%d/%d] #%d %s%s%n", ++done, total, article.id(), article.displayTitle(),
        article.translationPending() ? "  (translation pending)" : "");
  }

  @Override
  public void articleFailed(Source source, URI url, String reason) {
    out.printf("  [%d/%d] FAILED %s: %s (kept for retry)%n", ++done, total, url, reason);
  }
}
