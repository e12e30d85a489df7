package dev.newsbridge.ingest;

/** A fetched page that holds nothing to store as an article (no body, not an article). */
final class UnusableArticleException extends Exception {
  UnusableArticleException(String message) {
    super(message);
  }
}
