package dev.newsbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code newsbridge bench …}: the measurements, one subcommand per stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures a stage on a labelled corpus.",
    subcommands = {BenchStoriesCommand.class, BenchExtractCommand.class, HelpCommand.class})
public final class BenchCommand {}
