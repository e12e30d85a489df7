package dev.newsbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code newsbridge bench}: the parent of the measurement commands; it does nothing itself. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measurements too big for the test suite; each subcommand ends with one summary line.",
    subcommands = {
      BenchExtractCommand.class,
      BenchTranslateCommand.class,
      BenchIngestCommand.class,
      BenchStoriesCommand.class,
      HelpCommand.class
    })
public final class BenchCommand {}
