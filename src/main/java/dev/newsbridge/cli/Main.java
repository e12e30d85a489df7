package dev.newsbridge.cli;

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
        .setExecutionExceptionHandler(Main::settingError)
        .execute(args);
  }

  /** A setting the user got wrong (an engine URL that is not http) is a message, not a trace. */
  private static int settingError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed)
      throws Exception {
    if (e instanceof IllegalArgumentException) {
      cmd.getErr().println("newsbridge " + cmd.getCommandName() + ": " + e.getMessage());
      return 2;
    }
    throw e;
  }
}
