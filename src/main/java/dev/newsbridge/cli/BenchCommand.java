package dev.newsbridge.cli;

import picocli.CommandLine.Command;

/** {@code newsbridge bench ...}: measurements that are too big for the test suite. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks: measurements too big for the test suite.",
    subcommands = {BenchIngestCommand.class, BenchExtractCommand.class})
final class BenchCommand {}
