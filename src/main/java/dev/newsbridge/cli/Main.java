package dev.newsbridge.cli;

import dev.newsbridge.store.StoreException;
import picocli.CommandLine;

/** Entry point of the {@code newsbridge} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new NewsbridgeCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::storeFailure)
        .execute(args);
  }

  /**
   * A data directory that cannot be created or written (read-only, disk full, a file in the way) is
   * the operator's to fix: one clear line and exit code 1, not a stack trace. Anything else is a
   * bug and keeps its trace.
   */
  private static int storeFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof StoreException) {
      command.getErr().println("newsbridge: " + e.getMessage());
      return 1;
    }
    throw e;
  }
}
