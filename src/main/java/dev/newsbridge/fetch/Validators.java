package dev.newsbridge.fetch;

/**
 * HTTP cache validators for a conditional GET (RFC 9110 §13): {@code ETag} and {@code
 * Last-Modified}, either may be null.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
