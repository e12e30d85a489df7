package dev.newsbridge.store.internal;

import dev.newsbridge.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes sure the data directory exists and can be written before SQLite touches it, so that a wrong
 * path or permission fails with a message naming the directory, not a bare SQLite code.
 */
public final class DataDirectory {

  private DataDirectory() {}

  /** Creates {@code dir} if needed and returns its absolute, normalised form. */
  public static Path prepare(Path dir) {
    if (dir == null) {
      throw new IllegalArgumentException("data directory must not be null");
    }
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new StoreException("Data directory " + absolute + " is a file, not a directory");
    }
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new StoreException(
          "Cannot create data directory " + absolute + ": " + SqliteDatabase.describe(e), e);
    }
    if (!Files.isWritable(absolute)) {
      throw new StoreException(
          "Data directory " + absolute + " is not writable (check its permissions and mount)");
    }
    return absolute;
  }
}
