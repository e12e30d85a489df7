package dev.newsbridge.store;

/**
 * The store could not do what was asked (the database could not be opened, read or written). The
 * message names the database path and the cause, so an operator can act on it.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
