package dev.newsbridge.web.internal;

/**
 * A request that cannot be answered as asked: carries the HTTP status and a message that is safe to
 * show to the reader (it never contains a stack trace or internal detail).
 */
public final class Problem extends RuntimeException {
  private final int status;

  private Problem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static Problem notFound(String message) {
    return new Problem(404, message);
  }

  public static Problem badRequest(String message) {
    return new Problem(400, message);
  }

  public int status() {
    return status;
  }
}
