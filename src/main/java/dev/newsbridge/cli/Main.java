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
        .setExecutionExceptionHandler(new FriendlyErrors())
        .execute(args);
  }
}
