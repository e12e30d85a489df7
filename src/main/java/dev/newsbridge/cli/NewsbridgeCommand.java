package dev.newsbridge.cli;

import picocli.CommandLine.Command;

/** The root command; every subcommand is listed in {@code --help}. */
@Command(
    name = "newsbridge",
    mixinStandardHelpOptions = true,
    version = "newsbridge 0.1.0",
    description = "Follows foreign-language news outlets and republishes them as a searchable English site.",
    subcommands = {})
public final class NewsbridgeCommand {}
