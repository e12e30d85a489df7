package dev.newsbridge.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything an operator can set, with the default beside each option. Built once by the command
 * line (flags win over environment variables, which win over defaults) and passed down through
 * constructors; nothing deeper reads the environment.
 *
 * @param dataDir where the database and the search index live
 * @param host the address the site binds to
 * @param port the site's port
 * @param siteName the site's name, shown in page titles and feeds
 * @param refreshInterval how often {@code serve} ingests every source; zero turns it off
 */
public record NewsbridgeConfig(
    Path dataDir, String host, int port, String siteName, Duration refreshInterval) {

  /** Default data directory, relative to the working directory: {@value}. */
  public static final String DEFAULT_DATA_DIR = "newsbridge-data";

  /** Environment variable naming the data directory: {@value}. */
  public static final String DATA_ENV = "NEWSBRIDGE_DATA";

  /** Default bind address: {@value} (loopback; set 0.0.0.0 to serve other machines). */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default site port: {@value}. */
  public static final int DEFAULT_PORT = 8080;

  /** Default site name: {@value}. */
  public static final String DEFAULT_SITE_NAME = "Newsbridge";

  /** Default interval between ingest passes in {@code serve}: 15 minutes. */
  public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(15);

  public NewsbridgeConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("refresh interval must not be negative");
    }
  }

  /**
   * The data directory: {@code flag} if given, else {@value #DATA_ENV} from {@code env}, else
   * {@value #DEFAULT_DATA_DIR}.
   */
  public static Path resolveDataDir(Path flag, Map<String, String> env) {
    if (flag != null) {
      return flag;
    }
    String fromEnv = env.get(DATA_ENV);
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT_DATA_DIR : fromEnv);
  }
}
