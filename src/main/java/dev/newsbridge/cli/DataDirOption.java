package dev.newsbridge.cli;

import dev.newsbridge.config.NewsbridgeConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command that touches the database shares. */
final class DataDirOption {
  @Option(
      names = {"-d", "--data"},
      paramLabel = "DIR",
      description =
          "Data directory (database and search index). Default: $"
              + NewsbridgeConfig.DATA_ENV
              + " or ./"
              + NewsbridgeConfig.DEFAULT_DATA_DIR)
  Path dataDir;

  Path resolve() {
    return NewsbridgeConfig.resolveDataDir(dataDir, System.getenv()).toAbsolutePath();
  }
}
