package dev.newsbridge.ingest;

import dev.newsbridge.source.Source;
import dev.newsbridge.store.StoredArticle;
import java.net.URI;

/** Hears what an ingest pass does, item by item: for progress output and tests. */
public interface IngestListener {

  /** The source's feed was read and {@code itemCount} articles are new or due for retry. */
  default void sourceRead(Source source, int itemCount) {}

  /** The source's feed has not changed since the last pass (HTTP 304). */
  default void sourceUnchanged(Source source) {}

  /** The source itself failed (feed unreachable or unparseable); recorded on the source. */
  default void sourceFailed(Source source, String reason) {}

  /** An article was stored and indexed. */
  default void articleStored(Source source, StoredArticle article) {}

  /** An article failed; recorded as a failed item and retried on the next pass. */
  default void articleFailed(Source source, URI url, String reason) {}

  IngestListener SILENT = new IngestListener() {};
}
