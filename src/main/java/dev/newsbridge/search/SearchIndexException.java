package dev.newsbridge.search;

/**
 * The index could not be opened, read or written. The message names the index directory and the
 * cause. The database stays the source of truth: a broken index can be deleted and rebuilt.
 */
public class SearchIndexException extends RuntimeException {
  public SearchIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
