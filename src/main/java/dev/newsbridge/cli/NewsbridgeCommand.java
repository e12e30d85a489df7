package dev.newsbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The root command; every subcommand is listed in {@code --help}. */
@Command(
    name = "newsbridge",
    mixinStandardHelpOptions = true,
    version = "newsbridge 0.1.0",
    description = "Follows foreign-language news outlets and republishes them as a searchable English site.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      IngestCommand.class,
      SourcesCommand.class,
      ExtractCommand.class,
      StartupTrainingCommand.class,
      TranslateCommand.class,
      BenchCommand.class,
      GlossaryCommand.class,
      HelpCommand.class
    })
public final class NewsbridgeCommand {}
