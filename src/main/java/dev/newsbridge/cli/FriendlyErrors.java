package dev.newsbridge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures an operator can fix (a port in use, an unusable data directory, a file that
 * cannot be read) into one clear line instead of a stack trace. Anything else is a bug: its stack
 * trace is printed so that it can be reported.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof IllegalArgumentException) {
      // A setting the user got wrong (an engine URL that is not http): a usage error.
      cmd.getErr().println("newsbridge " + cmd.getCommandName() + ": " + e.getMessage());
      return 2;
    }
    String message = operatorMessage(e);
    if (message == null) {
      cmd.getErr().println("newsbridge: unexpected error (please report it):");
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("newsbridge " + cmd.getCommandName() + ": " + message);
    }
    return 1;
  }

  /** The message for a failure the operator can fix, or null for a bug. */
  static String operatorMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return "a port is already in use (" + t.getMessage() + "); is Newsbridge already running?"
            + " Choose another with --port (or --outlet-port for the demo outlet).";
      }
      if (t.getClass().getSimpleName().equals("JavalinBindException")) {
        return t.getMessage() + " Choose another port with --port.";
      }
      if (t instanceof dev.newsbridge.store.StoreException
          || t instanceof dev.newsbridge.search.SearchIndexException) {
        return t.getMessage();
      }
      if (t instanceof UncheckedIOException || t instanceof IOException) {
        return t.getMessage();
      }
    }
    return null;
  }
}
