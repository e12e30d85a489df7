package dev.newsbridge.source;

import dev.newsbridge.fetch.FetchedResource;

/**
 * Reads one fetched source document into a {@link Feed} of article links. One implementation per
 * {@link SourceKind}; {@link SourceReaders} picks the right one for a document. A document that
 * cannot be read is a {@link FeedException} for that one source, never a crash.
 */
@FunctionalInterface
public interface SourceReader {
  Feed read(FetchedResource resource) throws FeedException;
}
