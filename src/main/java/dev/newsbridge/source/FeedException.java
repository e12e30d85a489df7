package dev.newsbridge.source;

/**
 * A feed document that could not be read: not XML, not RSS or Atom, a forbidden DOCTYPE, too deep.
 * The message says which, in words fit for the source's error log; one bad feed never stops the
 * others.
 */
public class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
